using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.ForceMajeure;

public sealed class SchedulingTests
{
    private readonly ForceMajeureFixture _f = new();

    [Fact]
    public void FM5_a_force_majeure_in_force_goes_on_the_next_kk_that_has_not_opened_regular_or_urgent()
    {
        var fm = _f.InForce();
        var regular = _f.World.PlannedConference();
        var (urgent, _) = Conference.RequestUrgent(Guid.NewGuid(), _f.World.Pimpinan, TestWorld.Now.AddHours(6),
            "Kebakaran bengkel.", TestWorld.Now);
        var opened = _f.World.PlannedConference(_f.World.NextKkStart.AddDays(7));
        _f.World.Open(opened);

        var next = ConferenceSlot.NextNotYetOpened([regular.ToSlot(), urgent.ToSlot(), opened.ToSlot()],
            TestWorld.Now)!;
        next.ConferenceId.ShouldBe(urgent.Id);

        urgent.ScheduleForceMajeure(Guid.NewGuid(), fm.Id, fm.ClientId, TestWorld.PeksosId, TestWorld.Now)
            .Automatic.ShouldBeTrue();
        fm.ScheduleOn(urgent.Id, TestWorld.Now);
        fm.AgendaConferenceId.ShouldBe(urgent.Id);
    }

    [Fact]
    public void FM5_a_kk_already_in_session_or_a_force_majeure_not_in_force_is_refused()
    {
        var opened = _f.World.PlannedConference();
        _f.World.Open(opened);
        var fm = _f.InForce();
        Refused(() => opened.ScheduleForceMajeure(Guid.NewGuid(), fm.Id, fm.ClientId, TestWorld.PeksosId,
            TestWorld.Now), RefusalKind.Conflict, "not_planned");

        var proposed = ForceMajeureOverride.Propose(Guid.NewGuid(), _f.World.Peksos, _f.Client, 2,
            ForceMajeureKind.Annul, null, "Alasan.", TestWorld.Now).Proposal;
        Refused(() =>
            proposed.ScheduleOn(Guid.NewGuid(), TestWorld.Now), RefusalKind.Conflict, "force_majeure_not_in_force");
        Refused(() => _f.World.PlannedConference().AddAgendaItem(_f.World.Sekretaris, Guid.NewGuid(), fm.ClientId,
            AgendaPurpose.ForceMajeure, TestWorld.PeksosId, null, TestWorld.Now),
            RefusalKind.Invalid, "force_majeure_added_automatically");
    }
}
