using System.Text.Json;
using System.Text.Json.Nodes;
using CaseConference.Contracts;
using CaseConference.Domain.Conferences;
using Npgsql;
using Orleans.Runtime;
using Shouldly;

namespace CaseConference.Cluster.Tests.Conferences;

/// <summary>
/// Finding 3 / CL6 in the grain: a KK's event log, which every follower reads, holds no case content.
/// </summary>
public sealed class CaseContentFeedTests : IAsyncLifetime
{
    private ClusterWorld world = null!;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Finding03_decision_events_carry_no_case_content_even_those_logged_with_it_before()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var clientId = await panti.NewClientAwaitingPlacementAsync();
        var kkId = await panti.PlaceAsync(clientId);
        var hypothesis = TestPanti.Placement().Hypothesis.WhyInDifficulty;

        var logged = (await panti.Conference(kkId).EventsSince(0)).Single(e => e.Kind == nameof(DecisionRecorded));
        logged.Json.ShouldNotContain(hypothesis);
        var notice = JsonSerializer.Deserialize<DecisionRecorded>(logged.Json, WireSerialization.Json)!;
        (notice.Decision.ClientId, notice.Decision.Decision, notice.Decision.CaseContentWithheld)
            .ShouldBe((clientId, null, true));

        // A log written before decisions were withheld: the stored event has the decision in it.
        await PutDecisionBackIntoStoredEvent(kkId);
        await world.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        (await panti.Conference(kkId).EventsSince(0)).ShouldAllBe(e => !e.Json.Contains(hypothesis));
        (await panti.KkAsync(kkId)).Decisions.Single()
            .Decision.ShouldBeOfType<PlaceInProgramme>(); // the pimpinan still reads it
    }

    /// <summary>
    /// Puts the decision back into the stored event, as a log written before decisions were withheld held it.
    /// </summary>
    private async Task PutDecisionBackIntoStoredEvent(Guid kkId)
    {
        await using var connection = await world.Cluster.Database.OpenConnectionAsync();
        await using var read = new NpgsqlCommand(
            "SELECT sequence, json::text FROM conference_events WHERE conference_id = $1 AND kind = $2", connection);
        read.Parameters.AddWithValue(kkId);
        read.Parameters.AddWithValue(nameof(DecisionRecorded));
        long sequence;
        JsonNode json;
        await using (var reader = await read.ExecuteReaderAsync())
        {
            (await reader.ReadAsync()).ShouldBeTrue();
            (sequence, json) = (reader.GetInt64(0), JsonNode.Parse(reader.GetString(1))!);
        }

        json["decision"]!["decision"] = JsonSerializer.SerializeToNode<Decision>(TestPanti.Placement(),
            WireSerialization.Json);
        await using var write = new NpgsqlCommand(
            "UPDATE conference_events SET json = $3::json WHERE conference_id = $1 AND sequence = $2", connection);
        write.Parameters.AddWithValue(kkId);
        write.Parameters.AddWithValue(sequence);
        write.Parameters.AddWithValue(json.ToJsonString());
        (await write.ExecuteNonQueryAsync()).ShouldBe(1);
    }
}
