using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.ForceMajeure;

public sealed class ObjectionTests
{
    private readonly ForceMajeureFixture _f = new();

    [Fact]
    public void FM3_an_objection_by_a_core_member_before_it_is_in_force_rejects_it()
    {
        var fm = _f.Propose();
        fm.Consent(_f.World.Peksos, "Setuju.", _f.World.Settings.Policy, TestWorld.Now);
        fm.Consent(_f.World.Psikolog, "Setuju.", _f.World.Settings.Policy, TestWorld.Now);

        fm.Object(_f.World.Medis, "Klien masih bisa ikut las ringan; bawa ke KK.", TestWorld.Now);

        fm.State.ShouldBe(ForceMajeureState.Rejected);
        Refused(() => fm.Consent(_f.World.Peksos2, "Setuju.", _f.World.Settings.Policy, TestWorld.Now),
            RefusalKind.Conflict, "not_open_for_consent");
    }

    [Fact]
    public void FM3_objections_from_non_core_staff_or_after_it_is_in_force_are_refused()
    {
        var proposed = _f.Propose();
        Refused(() => proposed.Object(_f.World.Sekretaris, "Tidak setuju", TestWorld.Now), RefusalKind.Forbidden,
            "core_members_only");

        var inForce = _f.InForce(ForceMajeureKind.Postpone);
        Refused(() =>
            inForce.Object(_f.World.Peksos2, "Terlambat", TestWorld.Now), RefusalKind.Conflict, "objection_too_late");
        inForce.State.ShouldBe(ForceMajeureState.InForce);
    }

    [Fact]
    public void FM3_a_rejected_force_majeure_goes_on_the_next_KK_for_discussion_and_is_decided_like_any_item()
    {
        var fm = _f.Propose();
        fm.Object(_f.World.Medis, "Bawa ke KK.", TestWorld.Now);
        var kk = _f.World.PlannedConference();
        var item = Guid.NewGuid();

        kk.ScheduleForceMajeure(item, fm.Id, fm.ClientId, TestWorld.PeksosId, TestWorld.Now, forDiscussion: true);
        fm.ScheduleOn(kk.Id, TestWorld.Now);

        kk.FindItem(item).Purpose.ShouldBe(AgendaPurpose.RejectedForceMajeure);
        fm.AgendaConferenceId.ShouldBe(kk.Id);
        _f.World.MakeReady(kk, item);
        _f.World.Open(kk);
        Refused(() => kk.RecordDecision(_f.World.Pimpinan, item, new RatifyForceMajeure(fm.Id), TestWorld.Now),
            RefusalKind.Conflict, "force_majeure_not_on_agenda");
        kk.RecordDecision(_f.World.Sekretaris, item, new KeepFormulation(), TestWorld.Now)
            .Decision.Decision.ShouldBeOfType<KeepFormulation>();
    }

    [Fact]
    public void FM3_a_rejected_force_majeure_not_decided_moves_on_and_nothing_is_overdue()
    {
        var fm = _f.Propose();
        fm.Object(_f.World.Medis, "Bawa ke KK.", TestWorld.Now);
        var kk = Guid.NewGuid();
        fm.ScheduleOn(kk, TestWorld.Now);

        fm.CarryOver(kk, conferenceWasHeld: true, TestWorld.Now);

        fm.AgendaConferenceId.ShouldBeNull();
        fm.RatificationOverdue.ShouldBeFalse();
        fm.State.ShouldBe(ForceMajeureState.Rejected);
    }

    [Fact]
    public void FM3_a_rejected_force_majeure_is_not_added_to_an_agenda_by_hand()
    {
        Refused(() => _f.World.PlannedConference().AddAgendaItem(_f.World.Sekretaris, Guid.NewGuid(), _f.Client.Id,
            AgendaPurpose.RejectedForceMajeure, TestWorld.PeksosId, null, TestWorld.Now), RefusalKind.Invalid,
                "force_majeure_added_automatically");
    }
}
