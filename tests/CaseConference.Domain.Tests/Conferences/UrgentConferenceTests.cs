using CaseConference.Domain.Conferences;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Conferences;

public sealed class UrgentConferenceTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void KK6_an_urgent_kk_is_requested_by_a_core_member_with_a_written_reason_and_approved_by_the_pimpinan()
    {
        var start = TestWorld.Now.AddHours(5);
        var (kk, requested) = Conference.RequestUrgent(Guid.NewGuid(), _world.Medis, start,
            "Klien mengamuk di asrama; perlu keputusan hari ini.", TestWorld.Now);
        requested.By.ShouldBe(TestWorld.MedisId);

        Refused(() => kk.ApproveUrgent(_world.Medis, true, TestWorld.Now), RefusalKind.Forbidden, "pimpinan_only");
        kk.ApproveUrgent(_world.Pimpinan, false, TestWorld.Now).WaivesPreCirculation.ShouldBeFalse();
        kk.Urgent!.ApprovedBy.ShouldBe(TestWorld.PimpinanId);
    }

    [Fact]
    public void KK6_requests_without_a_reason_or_from_other_staff_are_refused_and_unapproved_urgent_kks_do_not_open()
    {
        var start = TestWorld.Now.AddHours(5);
        Refused(() => Conference.RequestUrgent(Guid.NewGuid(), _world.Staf, start, "Urgent", TestWorld.Now),
            RefusalKind.Forbidden, "urgent_by_core_or_pimpinan");
        Refused(() => Conference.RequestUrgent(Guid.NewGuid(), _world.Peksos, start, "  ", TestWorld.Now),
            RefusalKind.Invalid, "urgent_reason_required");

        var (kk, _) = Conference.RequestUrgent(Guid.NewGuid(), _world.Pimpinan, start,
            "Kebakaran dapur; relokasi klien.", TestWorld.Now);
        Refused(() => kk.Open(_world.Peksos, null, [], _world.Settings.Policy, start), RefusalKind.Conflict,
            "urgent_not_approved");
    }

    [Fact]
    public void KK6_the_approval_may_waive_the_24_hour_rule_and_the_waiver_is_recorded()
    {
        var start = TestWorld.Now.AddHours(3);
        var (kk, _) = Conference.RequestUrgent(Guid.NewGuid(), _world.Psikolog, start, "Klien berisiko menyakiti diri.",
            TestWorld.Now);
        var item = Guid.NewGuid();
        kk.AddAgendaItem(_world.Psikolog, item, Guid.NewGuid(), AgendaPurpose.Other, TestWorld.PsikologId, null,
            TestWorld.Now);
        kk.ReadinessOf(item, _world.Settings.Policy, start).ShouldBe(ItemReadiness.Late);

        var approved = kk.ApproveUrgent(_world.Pimpinan, waivePreCirculation: true, TestWorld.Now);

        approved.WaivesPreCirculation.ShouldBeTrue();
        kk.Urgent!.WaivesPreCirculation.ShouldBeTrue();
        kk.ReadinessOf(item, _world.Settings.Policy, start).ShouldBe(ItemReadiness.Waived);
    }
}
