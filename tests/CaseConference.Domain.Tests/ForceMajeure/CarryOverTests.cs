using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.ForceMajeure;

public sealed class CarryOverTests
{
    private readonly ForceMajeureFixture _f = new();

    [Fact]
    public void FM7_a_kk_closing_without_a_decision_carries_the_force_majeure_over_flagged_ratification_overdue()
    {
        var fm = _f.InForce();
        var kk = _f.OpenKkWith(fm);

        var closed = kk.Close(_f.World.Sekretaris, _f.World.Settings, kk.Start.AddHours(2));
        closed.UndecidedForceMajeures.ShouldBe([fm.Id]);

        fm.CarryOver(kk.Id, conferenceWasHeld: true, kk.Start.AddHours(2)).RatificationOverdue.ShouldBeTrue();
        fm.State.ShouldBe(ForceMajeureState.InForce);
        fm.AgendaConferenceId.ShouldBeNull();

        var next = _f.World.PlannedConference(_f.World.NextKkStart.AddDays(7));
        fm.ScheduleOn(next.Id, kk.Start.AddHours(2));
        fm.RatificationOverdue.ShouldBeTrue(); // stays visible to the pimpinan until decided
        fm.Ratify(_f.World.Pimpinan, next.Id, next.Start);
        fm.RatificationOverdue.ShouldBeFalse();
    }

    [Fact]
    public void FM7_a_deferred_item_also_carries_over_but_a_decided_one_does_not()
    {
        var deferredFm = _f.InForce();
        var kk = _f.OpenKkWith(deferredFm);
        kk.RecordDecision(_f.World.Sekretaris, _f.ItemOf(kk, deferredFm), new Defer("Pimpinan berhalangan."), kk.Start);

        kk.Close(_f.World.Sekretaris, _f.World.Settings, kk.Start.AddHours(1))
            .UndecidedForceMajeures.ShouldBe([deferredFm.Id]);
        Refused(() => deferredFm.CarryOver(Guid.NewGuid(), true, kk.Start), RefusalKind.Conflict, "not_on_agenda");
    }

    [Fact]
    public void FM7_a_cancelled_kk_moves_the_force_majeure_without_the_overdue_flag()
    {
        var fm = _f.InForce();
        var kk = _f.World.PlannedConference();
        kk.ScheduleForceMajeure(Guid.NewGuid(), fm.Id, fm.ClientId, TestWorld.PeksosId, TestWorld.Now);
        fm.ScheduleOn(kk.Id, TestWorld.Now);

        kk.Cancel(_f.World.Pimpinan, "Banjir.", TestWorld.Now).ForceMajeuresToMove.ShouldBe([fm.Id]);
        fm.CarryOver(kk.Id, conferenceWasHeld: false, TestWorld.Now).RatificationOverdue.ShouldBeFalse();
    }
}
