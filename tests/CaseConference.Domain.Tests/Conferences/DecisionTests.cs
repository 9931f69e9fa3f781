using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Conferences;

public sealed class DecisionTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void KK9_decisions_are_typed_recorded_per_agenda_item_in_session_by_chair_or_secretary()
    {
        var client = _world.ClientAwaitingPlacement();
        var (kk, item) = Open(client, AgendaPurpose.Placement);

        var recorded = kk.RecordDecision(_world.Sekretaris, item, TestWorld.Placement(), kk.Start.AddMinutes(30))
            .Decision;

        recorded.ShouldBe(recorded with { Number = 1, ConferenceId = kk.Id, AgendaItemId = item, ClientId = client.Id,
            RecordedBy = TestWorld.SekretarisId });
        recorded.Decision.ShouldNotBeNull().Kind.ShouldBe(DecisionKind.PlaceInProgramme);
        client.ApplyDecision(recorded, kk.Start.AddMinutes(30));
        client.Stage.ShouldBe(ClientStage.Planning);
    }

    [Fact]
    public void KK9_decisions_are_refused_outside_session_from_others_twice_per_item_or_malformed()
    {
        var client = _world.PlacedClient();
        var kk = _world.PlannedConference();
        var item = Guid.NewGuid();
        kk.AddAgendaItem(_world.Sekretaris, item, client.Id, AgendaPurpose.QuarterlyReview, TestWorld.PeksosId, null,
            TestWorld.Now);
        _world.MakeReady(kk, item);
        Refused(() => kk.RecordDecision(_world.Sekretaris, item, new KeepFormulation(), TestWorld.Now),
            RefusalKind.Conflict, "not_in_session");

        _world.Open(kk);
        Refused(() => kk.RecordDecision(_world.Medis, item, new KeepFormulation(), kk.Start), RefusalKind.Forbidden,
            "not_recorder");
        Refused(() => kk.RecordDecision(_world.Sekretaris, item, new Defer(""), kk.Start), RefusalKind.Invalid,
            "reason_required");
        Refused(() => kk.RecordDecision(_world.Sekretaris, Guid.NewGuid(), new KeepFormulation(), kk.Start),
            RefusalKind.NotFound, "agenda_item_not_found");
        kk.RecordDecision(_world.Peksos, item, new KeepFormulation(), kk.Start); // the chair
        Refused(() => kk.RecordDecision(_world.Sekretaris, item, new Defer("Again"), kk.Start), RefusalKind.Conflict,
            "already_decided");
    }

    [Fact]
    public void KK9_each_decision_type_drives_the_client_as_CL2_says()
    {
        var client = _world.PlacedClient();
        Apply(client, new KeepFormulation()).ShouldBe(ClientStage.Planning);
        client.MoveTo(_world.Peksos, ClientStage.InGuidance, "Kesepakatan pelayanan ditandatangani.", TestWorld.Now);
        Apply(client, new ResocialisationNotReady()).ShouldBe(ClientStage.InGuidance);
        Apply(client, new ResocialisationReady()).ShouldBe(ClientStage.Resocialisation);
        Apply(client, new ResocialisationNotReady()).ShouldBe(ClientStage.InGuidance);
        Apply(client, new ResocialisationReady()).ShouldBe(ClientStage.Resocialisation);
        client.MoveTo(_world.Peksos, ClientStage.Aftercare, "Disalurkan ke keluarga.", TestWorld.Now);
        Apply(client, new Retraining()).ShouldBe(ClientStage.InGuidance);
        Apply(client, new Defer("Data belum lengkap.")).ShouldBe(ClientStage.InGuidance);
        Apply(client, new Terminate(TerminationReason.ClientRequest)).ShouldBe(ClientStage.Terminated);

        Refused(() => Apply(client, new Retraining()), RefusalKind.Conflict, "decision_not_applicable");
    }

    private static ClientStage Apply(Client client, Decision decision)
    {
        client.ApplyDecision(TestWorld.Decided(client, decision, TestWorld.Now), TestWorld.Now);
        return client.Stage;
    }

    private (Conference Kk, Guid Item) Open(Client client, AgendaPurpose purpose)
    {
        var kk = _world.PlannedConference();
        var item = Guid.NewGuid();
        kk.AddAgendaItem(_world.Sekretaris, item, client.Id, purpose, TestWorld.PeksosId, null, TestWorld.Now);
        _world.MakeReady(kk, item);
        _world.Open(kk);
        return (kk, item);
    }
}
