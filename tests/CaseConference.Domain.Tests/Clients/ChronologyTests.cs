using System.Text.Json;
using System.Text.Json.Serialization;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Domain.Tests.ForceMajeure;
using Shouldly;

namespace CaseConference.Domain.Tests.Clients;

/// <summary>
/// CL1: the chronology stores facts that each reader's screen words in their language, never a system sentence.
/// </summary>
public sealed class ChronologyTests
{
    private static readonly ChronologyFact[] FactsWithAPersonsWords =
        [ChronologyFact.ReachedByOutreach, ChronologyFact.StageMoved, ChronologyFact.NotEligibleByKk,
            ChronologyFact.PeksosAssigned, ChronologyFact.ForceMajeureInForce];

    // The grain storage serializer's shape: camelCase names, enums as strings.
    private static readonly JsonSerializerOptions Stored =
        new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly TestWorld _world = new();

    [Fact]
    public void CL1_every_line_the_system_writes_is_a_fact_with_its_parameters_and_holds_only_a_persons_words()
    {
        var client = _world.PlacedClient();

        client.Chronology.ShouldAllBe(c => c.Fact != null);
        client.Chronology.Where(c => !FactsWithAPersonsWords.Contains(c.Fact!.Value)).ShouldAllBe(c => c.Text == "");
        client.Chronology[0].ShouldSatisfyAllConditions(
            c => c.Fact.ShouldBe(ChronologyFact.ReachedByOutreach), c => c.Text.ShouldBe("Pasar Senen"));
        client.Chronology.Single(c => c.Fact == ChronologyFact.PeksosAssigned).StaffId.ShouldBe(TestWorld.PeksosId);
        client.Chronology.Single(c => c.Fact == ChronologyFact.FormulationVersioned).Version.ShouldBe(1);
        client.Chronology.Single(c => c.Fact == ChronologyFact.DecisionApplied)
            .Decision.ShouldBe(DecisionKind.PlaceInProgramme);
        client.Chronology.Single(c => c.Fact == ChronologyFact.PlacedByKk).To.ShouldBe(ClientStage.Planning);
    }

    [Fact]
    public void CL1_a_kk_termination_is_recorded_with_its_reason_as_a_value_not_a_sentence()
    {
        var client = _world.PlacedClient();
        client.MoveTo(_world.Peksos, ClientStage.InGuidance, "Mulai bimbingan.", TestWorld.Now);

        client.ApplyDecision(TestWorld.Decided(client, new Terminate(TerminationReason.WithdrewOrAbsconded),
            TestWorld.Now), TestWorld.Now);

        var line = client.Chronology.Single(c => c.Fact == ChronologyFact.TerminatedByKk);
        line.TerminationReason.ShouldBe(TerminationReason.WithdrewOrAbsconded);
        line.Text.ShouldBe("");
    }

    [Fact]
    public void FM4_a_force_majeure_in_force_and_its_ratification_name_the_item_and_kind()
    {
        var f = new ForceMajeureFixture();
        var fm = f.InForce(ForceMajeureKind.Postpone);

        var inForce = f.Client.Chronology.Single(c => c.Fact == ChronologyFact.ForceMajeureInForce);

        inForce.ShouldSatisfyAllConditions(
            c => c.ItemNumber.ShouldBe(fm.ItemNumber), c => c.ForceMajeureKind.ShouldBe(ForceMajeureKind.Postpone), c =>
                c.Text.ShouldBe(fm.Reason));
    }

    [Fact]
    public void CL1_lines_stored_before_facts_existed_still_read_with_their_sentence_and_new_lines_round_trip()
    {
        const string old = """
            {"number":3,"at":"2026-06-01T02:00:00+00:00","by":"6f1c1a52-4a0e-4d38-9b8e-3c0b1c2d3e4f","kind":"StageChanged",
             "text":"KK: retraining.","from":"Aftercare","to":"InGuidance","conferenceId":null,"forceMajeureId":null}
            """;

        var legacy = JsonSerializer.Deserialize<ChronologyEntry>(old, Stored)!;

        legacy.Fact.ShouldBeNull();
        legacy.Text.ShouldBe("KK: retraining.");
        legacy.To.ShouldBe(ClientStage.InGuidance);

        var client = _world.PlacedClient();
        var back = JsonSerializer.Deserialize<List<ChronologyEntry>>(JsonSerializer.Serialize(client.Chronology,
            Stored), Stored)!;
        back.ShouldBe(client.Chronology);
    }
}
