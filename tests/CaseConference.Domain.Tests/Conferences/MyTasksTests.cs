using CaseConference.Domain.Conferences;
using Shouldly;

namespace CaseConference.Domain.Tests.Conferences;

public sealed class MyTasksTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void KK4_the_responsible_staff_must_write_the_summary_24_hours_before_and_is_late_after()
    {
        var (kk, item) = WithItem();

        var before = Tasks(kk, TestWorld.PeksosId, TestWorld.Now).Where(t => t.Kind == KkTaskKind.WriteCaseSummary)
            .ShouldHaveSingleItem();
        before.AgendaItemId.ShouldBe(item);
        before.Deadline.ShouldBe(kk.Start.AddHours(-24));
        before.Late.ShouldBeFalse();
        Tasks(kk, TestWorld.PeksosId, kk.Start.AddHours(-23)).Single(t => t.Kind == KkTaskKind.WriteCaseSummary)
            .Late.ShouldBeTrue();
        Tasks(kk, TestWorld.PsikologId, TestWorld.Now).ShouldNotContain(t => t.Kind == KkTaskKind.WriteCaseSummary);
    }

    [Fact]
    public void KK4_each_recipient_must_acknowledge_until_they_have()
    {
        var (kk, item) = WithItem();
        kk.SubmitCaseSummary(_world.Peksos, item, "Ringkasan: Slamet rajin ikut las.", TestWorld.Now);

        Tasks(kk, TestWorld.PsikologId, TestWorld.Now)
            .ShouldContain(t => t.Kind == KkTaskKind.AcknowledgeCaseSummary && t.AgendaItemId == item);
        Tasks(kk, TestWorld.PeksosId, TestWorld.Now).ShouldNotContain(t => t.AgendaItemId == item);
        kk.AcknowledgeCaseSummary(_world.Psikolog, item, TestWorld.Now);
        Tasks(kk, TestWorld.PsikologId, TestWorld.Now).ShouldNotContain(t => t.AgendaItemId == item);
        Tasks(kk, TestWorld.SekretarisId, TestWorld.Now)
            .ShouldNotContain(t => t.AgendaItemId == item); // not a recipient
    }

    [Fact]
    public void KK1_every_participant_sees_the_KK_they_are_invited_to_and_others_do_not()
    {
        var kk = _world.PlannedConference();

        Tasks(kk, TestWorld.AnggotaId, TestWorld.Now).ShouldHaveSingleItem().Kind.ShouldBe(KkTaskKind.Attend);
        Tasks(kk, TestWorld.StafId, TestWorld.Now).ShouldBeEmpty();
    }

    [Fact]
    public void
        KK6_an_urgent_KK_waits_on_the_pimpinan_only_until_approved_and_a_waiver_moves_the_summary_deadline_to_the_start()
    {
        var start = TestWorld.Now.AddHours(10);
        var (kk, _) = Conference.RequestUrgent(Guid.NewGuid(), _world.Peksos, start, "Klien kabur dari panti semalam.",
            TestWorld.Now);

        Tasks(kk, TestWorld.PimpinanId, TestWorld.Now, pimpinan: true)
            .ShouldContain(t => t.Kind == KkTaskKind.ApproveUrgent && !t.Late);
        Tasks(kk, TestWorld.PeksosId, TestWorld.Now).ShouldNotContain(t => t.Kind == KkTaskKind.ApproveUrgent);

        kk.ApproveUrgent(_world.Pimpinan, waivePreCirculation: true, TestWorld.Now);
        kk.Invite(_world.Peksos, _world.Sekretaris, Capacity.Secretary, TestWorld.Now);
        kk.AddAgendaItem(_world.Sekretaris, Guid.NewGuid(), Guid.NewGuid(), AgendaPurpose.Other, TestWorld.PeksosId,
            null, TestWorld.Now);
        Tasks(kk, TestWorld.PimpinanId, TestWorld.Now, pimpinan: true)
            .ShouldNotContain(t => t.Kind == KkTaskKind.ApproveUrgent);
        Tasks(kk, TestWorld.PeksosId, TestWorld.Now).Single(t => t.Kind == KkTaskKind.WriteCaseSummary)
            .Deadline.ShouldBe(start);
    }

    [Fact]
    public void KK11_an_unfiled_post_KK_summary_is_due_by_the_end_of_its_due_day_in_the_panti_zone()
    {
        var kk = _world.PlannedConference().ToListing(1) with
        {
            State = ConferenceState.Sealed,
            PostKkSummaries = [new PostKkSummary(Guid.NewGuid(), TestWorld.PeksosId, new DateOnly(2026, 1, 8))],
        };

        var task = MyTasks.For([kk], TestWorld.PeksosId, false, _world.Settings, TestWorld.Now).ShouldHaveSingleItem();
        task.Kind.ShouldBe(KkTaskKind.FilePostKkSummary);
        task.Deadline.ShouldBe(new DateTimeOffset(2026, 1, 9, 0, 0, 0, TimeSpan.FromHours(7)));
        MyTasks.For([kk with { PostKkSummaries = [kk.PostKkSummaries[0] with { FiledAt = TestWorld.Now }] }],
            TestWorld.PeksosId, false, _world.Settings, TestWorld.Now)
            .ShouldBeEmpty();
    }

    private List<KkTask> Tasks(Conference kk, Guid staffId, DateTimeOffset now, bool pimpinan = false) =>
        MyTasks.For([kk.ToListing(1)], staffId, pimpinan, _world.Settings, now);

    private (Conference Kk, Guid Item) WithItem()
    {
        var kk = _world.PlannedConference();
        var item = Guid.NewGuid();
        kk.AddAgendaItem(_world.Sekretaris, item, Guid.NewGuid(), AgendaPurpose.QuarterlyReview, TestWorld.PeksosId,
            null, TestWorld.Now);
        return (kk, item);
    }
}
