using CaseConference.Domain.Conferences;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Conferences;

public sealed class LifecycleTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void KK7_a_kk_goes_planned_in_session_closed_sealed()
    {
        var kk = _world.PlannedConference();
        kk.State.ShouldBe(ConferenceState.Planned);
        _world.Open(kk);
        kk.State.ShouldBe(ConferenceState.InSession);
        kk.Close(_world.Sekretaris, _world.Settings, kk.Start.AddHours(2));
        kk.State.ShouldBe(ConferenceState.Closed);
        kk.Seal(null, kk.Start.AddHours(2));
        kk.State.ShouldBe(ConferenceState.Sealed);

        Refused(() => kk.Close(_world.Sekretaris, _world.Settings, kk.Start.AddHours(3)), RefusalKind.Conflict,
            "conference_frozen");
    }

    [Fact]
    public void KK7_agenda_and_decisions_cannot_change_after_closing()
    {
        var client = _world.PlacedClient();
        var kk = _world.PlannedConference();
        var item = Guid.NewGuid();
        kk.AddAgendaItem(_world.Sekretaris, item, client.Id, AgendaPurpose.QuarterlyReview, TestWorld.PeksosId, null,
            TestWorld.Now);
        _world.MakeReady(kk, item);
        _world.Open(kk);
        kk.Close(_world.Sekretaris, _world.Settings, kk.Start.AddHours(1));

        Refused(() => kk.RecordDecision(_world.Sekretaris, item, new KeepFormulation(), kk.Start.AddHours(2)),
            RefusalKind.Conflict, "conference_frozen");
        Refused(() => kk.AddAgendaItem(_world.Sekretaris, Guid.NewGuid(), client.Id, AgendaPurpose.Other,
            TestWorld.PeksosId, null, kk.Start.AddHours(2)),
            RefusalKind.Conflict, "conference_frozen");
    }

    [Fact]
    public void KK7_only_a_planned_kk_is_cancelled_and_only_with_a_reason()
    {
        var kk = _world.PlannedConference();
        Refused(() =>
            kk.Cancel(_world.Pimpinan, "", TestWorld.Now), RefusalKind.Invalid, "cancellation_reason_required");
        Refused(() => kk.Cancel(_world.Sekretaris, "Hari libur", TestWorld.Now), RefusalKind.Forbidden,
            "cancel_by_pimpinan_or_core");

        kk.Cancel(_world.Pimpinan, "Hari libur nasional.", TestWorld.Now).Reason.ShouldBe("Hari libur nasional.");
        kk.State.ShouldBe(ConferenceState.Cancelled);

        var held = _world.PlannedConference(_world.NextKkStart.AddDays(7));
        _world.Open(held);
        Refused(() => held.Cancel(_world.Pimpinan, "Too late", held.Start), RefusalKind.Conflict, "not_planned");
    }
}
