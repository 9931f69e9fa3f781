using CaseConference.Domain.Clients;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Clients;

public sealed class StageTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void CL1_allowed_transitions_are_recorded_in_the_chronology_with_who_when_and_why()
    {
        var (client, _) = Client.Open(Guid.NewGuid(), _world.Peksos, "Slamet", "Pasar Senen", TestWorld.Now);
        var later = TestWorld.Now.AddDays(2);

        var changed = client.MoveTo(_world.Peksos, ClientStage.Candidate, "Willing after two motivation visits.",
            later);

        changed.From.ShouldBe(ClientStage.Prospect);
        client.Stage.ShouldBe(ClientStage.Candidate);
        var entry = client.Chronology[^1];
        entry.ShouldBe(new ChronologyEntry(2, later, TestWorld.PeksosId, ChronologyKind.StageChanged,
            "Willing after two motivation visits.")
        {
            Fact = ChronologyFact.StageMoved,
            From = ClientStage.Prospect,
            To = ClientStage.Candidate,
        });
    }

    [Fact]
    public void CL1_a_transition_not_listed_in_the_stage_table_is_refused()
    {
        var (client, _) = Client.Open(Guid.NewGuid(), _world.Peksos, "Slamet", "Pasar Senen", TestWorld.Now);

        Refused(() => client.MoveTo(_world.Peksos, ClientStage.InGuidance, "Skip ahead", TestWorld.Now),
            RefusalKind.Conflict, "transition_not_allowed");
        Refused(() => client.MoveTo(_world.Peksos, ClientStage.Registered, "No buku induk entry", TestWorld.Now),
            RefusalKind.Conflict, "transition_not_allowed");
        Refused(() => client.MoveTo(_world.Peksos, ClientStage.Candidate, " ", TestWorld.Now), RefusalKind.Invalid,
            "why_required");
        client.Chronology.Count.ShouldBe(1);
    }

    [Fact]
    public void CL1_transitions_reserved_to_a_kk_decision_are_refused_to_staff()
    {
        var client = _world.ClientAwaitingPlacement();

        Refused(() => client.MoveTo(_world.Peksos, ClientStage.Planning, "Looks ready", TestWorld.Now),
            RefusalKind.Conflict, "needs_kk_decision");
    }

    [Fact]
    public void CL1_only_case_staff_move_a_registered_client()
    {
        var client = _world.ClientAwaitingPlacement();

        Refused(() => client.MoveTo(_world.Outsider, ClientStage.Terminated, "Left", TestWorld.Now,
            TerminationReason.WithdrewOrAbsconded),
            RefusalKind.Forbidden, "not_case_staff");
        client.MoveTo(_world.Peksos, ClientStage.Terminated, "Ran away from the dormitory.", TestWorld.Now,
            TerminationReason.WithdrewOrAbsconded);
        client.MoveTo(_world.Peksos, ClientStage.Closed, "Case record closed.", TestWorld.Now);
        client.Stage.ShouldBe(ClientStage.Closed);
    }

    [Theory]
    [InlineData(ClientStage.Prospect, ClientStage.Candidate, StageTrigger.Staff)]
    [InlineData(ClientStage.InSelection, ClientStage.NotAccepted, StageTrigger.Staff)]
    [InlineData(ClientStage.DefinitiveCandidate, ClientStage.Registered, StageTrigger.Registration)]
    [InlineData(ClientStage.AwaitingPlacementKk, ClientStage.Planning, StageTrigger.KkDecision)]
    [InlineData(ClientStage.Planning, ClientStage.InGuidance, StageTrigger.Staff)]
    [InlineData(ClientStage.InGuidance, ClientStage.Resocialisation, StageTrigger.KkDecision)]
    [InlineData(ClientStage.Resocialisation, ClientStage.Aftercare, StageTrigger.Staff)]
    [InlineData(ClientStage.Aftercare, ClientStage.InGuidance, StageTrigger.KkDecision)]
    [InlineData(ClientStage.Aftercare, ClientStage.Terminated, StageTrigger.KkDecision)]
    [InlineData(ClientStage.Diagnostic, ClientStage.Terminated, StageTrigger.Staff)]
    [InlineData(ClientStage.Terminated, ClientStage.Closed, StageTrigger.Staff)]
    public void CL1_stage_table_has_each_listed_transition_with_its_trigger(ClientStage from, ClientStage to,
        StageTrigger trigger) =>
        StageTransitions.Find(from, to)!.Trigger.ShouldBe(trigger);

    [Theory]
    [InlineData(ClientStage.NotAccepted, ClientStage.Candidate)]
    [InlineData(ClientStage.Closed, ClientStage.Terminated)]
    [InlineData(ClientStage.Registered, ClientStage.AwaitingPlacementKk)]
    [InlineData(ClientStage.Planning, ClientStage.Resocialisation)]
    public void CL1_stage_table_has_no_other_transitions(ClientStage from, ClientStage to) =>
        StageTransitions.Find(from, to).ShouldBeNull();

    [Fact]
    public void CL1_the_next_steps_are_the_stage_tables_and_say_why_a_reader_may_not_take_one()
    {
        var (client, _) = Client.Open(Guid.NewGuid(), _world.Peksos, "Slamet", "Pasar Senen", TestWorld.Now);
        client.MoveTo(_world.Peksos, ClientStage.Candidate, "Termotivasi.", TestWorld.Now);
        client.MoveTo(_world.Peksos, ClientStage.InSelection, "Seleksi.", TestWorld.Now);

        client.NextSteps(_world.Peksos).ShouldBe(
        [
            new StageStep(ClientStage.DefinitiveCandidate, StageTrigger.Staff, null),
            new StageStep(ClientStage.NotAccepted, StageTrigger.Staff, null),
            new StageStep(ClientStage.Terminated, StageTrigger.Staff, null),
        ]);
        client.NextSteps(_world.Anggota).ShouldAllBe(s => s.RefusedWith == "not_case_staff" && !s.Allowed);

        client.MoveTo(_world.Peksos, ClientStage.DefinitiveCandidate, "Memenuhi kriteria.", TestWorld.Now);
        client.NextSteps(_world.Staf)
            .ShouldContain(new StageStep(ClientStage.Registered, StageTrigger.Registration, null));
        client.NextSteps(_world.Peksos).ShouldContain(new StageStep(ClientStage.Registered, StageTrigger.Registration,
            "registration_by_administration"));
    }

    [Fact]
    public void CL2_placement_is_offered_only_as_a_kk_decision()
    {
        var client = _world.ClientAwaitingPlacement();

        client.NextSteps(_world.Pimpinan).ShouldBe(
        [
            new StageStep(ClientStage.Planning, StageTrigger.KkDecision, "needs_kk_decision"),
            new StageStep(ClientStage.Terminated, StageTrigger.Staff, null),
        ]);
    }
}
