using System.Text.Json;
using System.Text.Json.Nodes;
using CaseConference.Contracts;
using CaseConference.Domain.Conferences;
using Npgsql;
using Orleans.Runtime;
using Shouldly;

namespace CaseConference.Cluster.Tests.Domain;

/// <summary>Finding 3 / CL6 in the grain: a KK's event log, which every follower reads, holds no case content.</summary>
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
        (notice.Decision.ClientId, notice.Decision.Decision, notice.Decision.CaseContentWithheld).ShouldBe((clientId, null, true));

        // A log written before decisions were withheld: the stored event has the decision in it.
        await PutDecisionBackIntoStoredEvent(kkId);
        await world.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        (await panti.Conference(kkId).EventsSince(0)).ShouldAllBe(e => !e.Json.Contains(hypothesis));
        (await panti.KkAsync(kkId)).Decisions.Single().Decision.ShouldBeOfType<PlaceInProgramme>(); // the pimpinan still reads it
    }

    private async Task PutDecisionBackIntoStoredEvent(Guid kkId)
    {
        await using var connection = await world.Cluster.Database.OpenConnectionAsync();
        await using var read = new NpgsqlCommand(
            "SELECT payload::text FROM orleans_grain_state WHERE state_name = 'conference' AND grain_key = $1", connection);
        read.Parameters.AddWithValue(kkId.ToString());
        var state = JsonNode.Parse((string)(await read.ExecuteScalarAsync())!)!;
        var stored = state["events"]!.AsArray().Single(e => e!["kind"]!.GetValue<string>() == nameof(DecisionRecorded))!;
        var json = JsonNode.Parse(stored["json"]!.GetValue<string>())!;
        json["decision"]!["decision"] = JsonSerializer.SerializeToNode<Decision>(TestPanti.Placement(), WireSerialization.Json);
        stored["json"] = json.ToJsonString();

        await using var write = new NpgsqlCommand(
            "UPDATE orleans_grain_state SET payload = $2::json WHERE state_name = 'conference' AND grain_key = $1", connection);
        write.Parameters.AddWithValue(kkId.ToString());
        write.Parameters.AddWithValue(state.ToJsonString());
        (await write.ExecuteNonQueryAsync()).ShouldBe(1);
    }
}
