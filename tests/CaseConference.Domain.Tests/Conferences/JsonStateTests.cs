using System.Text.Json;
using System.Text.Json.Serialization;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;
using Shouldly;

namespace CaseConference.Domain.Tests.Conferences;

/// <summary>
/// Grains persist aggregates as JSON; a round trip must keep every rule-relevant field, including the seal.
/// </summary>
public sealed class JsonStateTests
{
    private readonly TestWorld _world = new();

    public static TheoryData<string> Styles => ["default", "web"];

    [Theory]
    [MemberData(nameof(Styles))]
    public void Aggregates_round_trip_through_json_and_a_sealed_kk_still_verifies(string style)
    {
        // "web" mirrors the grain storage serializer: camelCase names and enums as strings.
        var options = style == "web" ? new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters =
            { new JsonStringEnumConverter() } } : new JsonSerializerOptions();
        var client = _world.PlacedClient();
        var kk = _world.PlannedConference();
        var item = Guid.NewGuid();
        kk.AddAgendaItem(_world.Sekretaris, item, client.Id, AgendaPurpose.QuarterlyReview, TestWorld.PeksosId, null,
            TestWorld.Now);
        _world.MakeReady(kk, item);
        _world.Open(kk);
        kk.RecordMinute(_world.Sekretaris, "Sidang dibuka.", kk.Start);
        kk.RecordDecision(_world.Sekretaris, item, TestWorld.Placement(), kk.Start.AddMinutes(5));
        kk.Close(_world.Sekretaris, _world.Settings, kk.Start.AddHours(1));
        kk.Seal(null, kk.Start.AddHours(1));

        var kkBack = JsonSerializer.Deserialize<Conference>(JsonSerializer.Serialize(kk, options), options)!;
        var clientBack = JsonSerializer.Deserialize<Client>(JsonSerializer.Serialize(client, options), options)!;
        var pantiBack = JsonSerializer.Deserialize<PantiProfile>(JsonSerializer.Serialize(_world.Panti, options),
            options)!;

        kkBack.Decisions[0].Decision.ShouldBeOfType<PlaceInProgramme>().FirstFormulation.Count.ShouldBe(3);
        MinutesSeal.Verify([kkBack]).Intact.ShouldBeTrue();
        clientBack.Formulation.Current!.Items.ShouldBe(client.Formulation.Current!.Items);
        clientBack.Chronology.Count.ShouldBe(client.Chronology.Count);
        pantiBack.CoreTeam.IsConstituted.ShouldBeTrue();
        pantiBack.Settings.Schedule.ShouldBe(_world.Settings.Schedule);
        pantiBack.ActorFor(TestWorld.MedisId).ShouldBeEquivalentTo(_world.Medis);
    }
}
