using CaseConference.Domain.Conferences;
using CaseConference.Domain.Reviews;
using FsCheck.Xunit;
using Shouldly;

namespace CaseConference.Domain.Tests.Reviews;

public sealed class ReviewPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 30, 9, 0, 0, TimeSpan.FromHours(7)); // Monday
    private readonly TestWorld _world = new();

    [Fact]
    public void
        RV2_due_soon_or_overdue_clients_not_on_an_open_agenda_go_to_the_next_regular_kk_before_its_24_hour_deadline()
    {
        var overdue = new ReviewDue(Guid.NewGuid(), new DateOnly(2026, 3, 1));
        var dueSoon = new ReviewDue(Guid.NewGuid(), new DateOnly(2026, 4, 10));
        var later = new ReviewDue(Guid.NewGuid(), new DateOnly(2026, 6, 1));
        var tomorrow = Slot(ConferenceKind.Regular, Now.AddHours(23)); // deadline already passed
        var wednesday = Slot(ConferenceKind.Regular, Now.AddDays(2));
        var urgent = Slot(ConferenceKind.Urgent, Now.AddDays(1));

        var plan = ReviewPlanner.Plan([later, dueSoon, overdue], [wednesday, tomorrow, urgent], _world.Settings, Now);

        plan.Placements.ShouldBe([
            new AgendaPlacement(overdue.ClientId, wednesday.ConferenceId, ReviewStatus.Overdue),
            new AgendaPlacement(dueSoon.ClientId, wednesday.ConferenceId, ReviewStatus.DueSoon)]);
        plan.Unplaced.ShouldBeEmpty();
    }

    [Fact]
    public void RV2_clients_already_on_an_open_agenda_are_not_added_again_and_a_missing_kk_leaves_them_unplaced()
    {
        var onAgenda = new ReviewDue(Guid.NewGuid(), new DateOnly(2026, 3, 1));
        var onClosedAgenda = new ReviewDue(Guid.NewGuid(), new DateOnly(2026, 3, 2));
        var open = Slot(ConferenceKind.Urgent, Now.AddHours(2), onAgenda.ClientId);
        var closed = Slot(ConferenceKind.Regular, Now.AddDays(-5),
            onClosedAgenda.ClientId) with { State = ConferenceState.Closed };

        var plan = ReviewPlanner.Plan([onAgenda, onClosedAgenda], [open, closed], _world.Settings, Now);

        plan.Placements.ShouldBeEmpty();
        plan.Unplaced.ShouldBe([onClosedAgenda.ClientId]);
    }

    [Fact]
    public void RV2_a_planned_kk_whose_start_passed_without_opening_covers_nobody()
    {
        var stranded = new ReviewDue(Guid.NewGuid(), new DateOnly(2026, 3, 1));
        var neverHeld = Slot(ConferenceKind.Regular, Now.AddDays(-5), stranded.ClientId);
        var wednesday = Slot(ConferenceKind.Regular, Now.AddDays(2));

        var plan = ReviewPlanner.Plan([stranded], [neverHeld, wednesday], _world.Settings, Now);

        plan.Placements.ShouldBe(
            [new AgendaPlacement(stranded.ClientId, wednesday.ConferenceId, ReviewStatus.Overdue)]);
    }

    [Fact]
    public void RV2_the_planned_placement_is_added_to_the_kk_agenda_automatically_and_then_counts_as_covered()
    {
        var client = _world.PlacedClient(new DateTimeOffset(2025, 10, 1, 10, 0, 0, TimeSpan.FromHours(7)));
        var due = new ReviewDue(client.Id, client.ReviewDueOn(_world.Settings.TimeZone())!.Value);
        var kk = _world.PlannedConference();

        var placement = ReviewPlanner.Plan([due], [kk.ToSlot()], _world.Settings, TestWorld.Now).Placements.Single();
        kk.ScheduleReview(Guid.NewGuid(), placement.ClientId, client.ResponsiblePeksosId!.Value, TestWorld.Now)
            .Automatic.ShouldBeTrue();

        ReviewPlanner.Plan([due], [kk.ToSlot()], _world.Settings, TestWorld.Now).Placements.ShouldBeEmpty();
        Should.Throw<DomainException>(() => kk.ScheduleReview(Guid.NewGuid(), client.Id, TestWorld.PeksosId,
            TestWorld.Now)).Code.ShouldBe("already_on_agenda");
    }

    [Property]
    public void RV2_property_every_client_due_within_the_window_ends_up_covered_or_reported(byte[] dueOffsets,
        byte kkDays)
    {
        var dues = (dueOffsets ?? [])
            .Select(d => new ReviewDue(Guid.NewGuid(), DateOnly.FromDateTime(Now.Date).AddDays(d % 60 - 20))).ToList();
        var kk = Slot(ConferenceKind.Regular, Now.AddHours(kkDays % 72));

        var plan = ReviewPlanner.Plan(dues, [kk], _world.Settings, Now);

        var needing = dues.Where(d => d.DueOn <= DateOnly.FromDateTime(Now.Date).AddDays(14)).Select(d => d.ClientId)
            .ToHashSet();
        plan.Placements.Select(p => p.ClientId).Concat(plan.Unplaced).ToHashSet().SetEquals(needing).ShouldBeTrue();
        plan.Placements.ShouldAllBe(p => kk.Start - TimeSpan.FromHours(24) > Now);
    }

    private static ConferenceSlot Slot(ConferenceKind kind, DateTimeOffset start, params Guid[] clients) =>
        new(Guid.NewGuid(), kind, ConferenceState.Planned, start, [.. clients]);
}
