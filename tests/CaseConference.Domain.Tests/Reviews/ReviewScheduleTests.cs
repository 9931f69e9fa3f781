using CaseConference.Domain.Conferences;
using CaseConference.Domain.Reviews;
using Shouldly;

namespace CaseConference.Domain.Tests.Reviews;

public sealed class ReviewScheduleTests
{
    private static readonly TimeZoneInfo Jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    [Fact]
    public void RV4_reviews_by_due_date_and_upcoming_kks_form_one_ordered_list()
    {
        var a = new ClientReview(Guid.NewGuid(), new DateOnly(2026, 4, 8), ReviewStatus.DueSoon);
        var b = new ClientReview(Guid.NewGuid(), new DateOnly(2026, 3, 28), ReviewStatus.Overdue);
        var kk = new ConferenceSlot(Guid.NewGuid(), ConferenceKind.Regular, ConferenceState.Planned,
            new DateTimeOffset(2026, 4, 8, 9, 0, 0, TimeSpan.FromHours(7)), []);
        var urgent = new ConferenceSlot(Guid.NewGuid(), ConferenceKind.Urgent, ConferenceState.InSession,
            new DateTimeOffset(2026, 4, 1, 14, 0, 0, TimeSpan.FromHours(7)), []);

        var schedule = ReviewSchedule.Build([a, b], [kk, urgent], Jakarta);

        schedule.Select(e => e.Id).ShouldBe([b.ClientId, urgent.ConferenceId, a.ClientId, kk.ConferenceId]);
        schedule[0].Status.ShouldBe(ReviewStatus.Overdue);
        schedule[3].LocalDate.ShouldBe(new DateOnly(2026, 4, 8));
    }

    [Fact]
    public void RV4_closed_sealed_and_cancelled_kks_are_not_upcoming()
    {
        ConferenceSlot Slot(ConferenceState state) => new(Guid.NewGuid(), ConferenceKind.Regular, state,
            new DateTimeOffset(2026, 4, 8, 9, 0, 0, TimeSpan.Zero), []);

        var schedule = ReviewSchedule.Build([],
            [Slot(ConferenceState.Closed), Slot(ConferenceState.Sealed), Slot(ConferenceState.Cancelled)], Jakarta);

        schedule.ShouldBeEmpty();
    }

    [Fact]
    public void RV4_a_planned_kk_not_opened_a_day_after_its_start_is_no_longer_upcoming()
    {
        var start = new DateTimeOffset(2026, 4, 8, 9, 0, 0, TimeSpan.FromHours(7));
        var kk = new ConferenceSlot(Guid.NewGuid(), ConferenceKind.Regular, ConferenceState.Planned, start, []);

        ReviewSchedule.Build([], [kk], Jakarta, start.AddHours(2)).ShouldHaveSingleItem().Id.ShouldBe(kk.ConferenceId);
        ReviewSchedule.Build([], [kk], Jakarta, start.AddDays(2)).ShouldBeEmpty();
    }

    [Fact]
    public void RV4_a_review_names_the_earliest_listed_kk_with_its_client_on_the_agenda_and_its_peksos()
    {
        var start = new DateTimeOffset(2026, 4, 8, 9, 0, 0, TimeSpan.FromHours(7));
        var placed = new ClientReview(Guid.NewGuid(), new DateOnly(2026, 4, 10), ReviewStatus.DueSoon);
        var waiting = new ClientReview(Guid.NewGuid(), new DateOnly(2026, 3, 28), ReviewStatus.Overdue);
        var later = new ConferenceSlot(Guid.NewGuid(), ConferenceKind.Regular, ConferenceState.Planned,
            start.AddDays(7), [placed.ClientId]);
        var next = new ConferenceSlot(Guid.NewGuid(), ConferenceKind.Regular, ConferenceState.Planned, start,
            [placed.ClientId]);
        var held = new ConferenceSlot(Guid.NewGuid(), ConferenceKind.Regular, ConferenceState.Sealed, start.AddDays(-7),
            [waiting.ClientId]);
        var peksos = Guid.NewGuid();

        var schedule = ReviewSchedule.Build([placed, waiting], [later, next, held], Jakarta, start.AddDays(-1),
            new Dictionary<Guid, Guid> { [placed.ClientId] = peksos });

        var review = schedule.Single(e => e.Id == placed.ClientId);
        review.OnAgenda.ShouldBe(next.ConferenceId);
        review.PeksosId.ShouldBe(peksos);
        var unplaced = schedule.Single(e => e.Id == waiting.ClientId);
        unplaced.OnAgenda.ShouldBeNull();
        unplaced.PeksosId.ShouldBeNull();
        schedule.Where(e => e.Kind == ScheduleEntryKind.Conference)
            .ShouldAllBe(e => e.OnAgenda == null && e.PeksosId == null);
    }
}
