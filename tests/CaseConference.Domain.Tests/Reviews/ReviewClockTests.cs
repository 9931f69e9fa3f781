using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Reviews;
using Shouldly;

namespace CaseConference.Domain.Tests.Reviews;

public sealed class ReviewClockTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void RV1_due_date_is_the_placement_kk_plus_three_calendar_months_then_the_last_deciding_kk()
    {
        var zone = _world.Settings.TimeZone();
        var client = _world.PlacedClient(new DateTimeOffset(2026, 1, 7, 10, 0, 0, TimeSpan.FromHours(7)));
        client.ReviewDueOn(zone).ShouldBe(new DateOnly(2026, 4, 7));

        var review = new DateTimeOffset(2026, 3, 31, 10, 0, 0, TimeSpan.FromHours(7));
        client.ApplyDecision(TestWorld.Decided(client, new KeepFormulation(), review), review);
        client.ReviewDueOn(zone).ShouldBe(new DateOnly(2026, 6, 30)); // calendar months, not 90 days
    }

    [Fact]
    public void RV1_a_deferral_does_not_restart_the_clock()
    {
        var zone = _world.Settings.TimeZone();
        var client = _world.PlacedClient(new DateTimeOffset(2026, 1, 7, 10, 0, 0, TimeSpan.FromHours(7)));

        var events = client.ApplyDecision(TestWorld.Decided(client, new Defer("Ditunda."), TestWorld.Now.AddMonths(2)),
            TestWorld.Now.AddMonths(2));

        events.ShouldBeEmpty();
        client.ReviewDueOn(zone).ShouldBe(new DateOnly(2026, 4, 7));
    }

    [Fact]
    public void RV1_only_clients_in_planning_guidance_resocialisation_or_aftercare_have_a_due_date()
    {
        var zone = _world.Settings.TimeZone();
        _world.ClientAwaitingPlacement().ReviewDueOn(zone).ShouldBeNull();

        var client = _world.PlacedClient();
        client.MoveTo(_world.Peksos, ClientStage.Terminated, "Minta pulang.", TestWorld.Now,
            TerminationReason.ClientRequest);
        client.ReviewDueOn(zone).ShouldBeNull();
    }

    [Fact]
    public void RV3_an_overdue_review_is_escalated_to_the_pimpinan_until_the_client_is_reviewed()
    {
        var settings = _world.Settings;
        var due = new ReviewDue(Guid.NewGuid(), new DateOnly(2026, 4, 7));

        ReviewClock.Evaluate(due, new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.FromHours(7)), settings)
            .Status.ShouldBe(ReviewStatus.Ok);
        ReviewClock.Evaluate(due, new DateTimeOffset(2026, 3, 24, 9, 0, 0, TimeSpan.FromHours(7)), settings)
            .Status.ShouldBe(ReviewStatus.DueSoon);
        var onDueDay = ReviewClock.Evaluate(due, new DateTimeOffset(2026, 4, 7, 23, 0, 0, TimeSpan.FromHours(7)),
            settings);
        (onDueDay.Status, onDueDay.EscalatedToPimpinan).ShouldBe((ReviewStatus.DueSoon, false));

        // 8 April 00:30 in Jakarta is still 7 April in UTC: the panti's day decides.
        var overdue = ReviewClock.Evaluate(due, new DateTimeOffset(2026, 4, 7, 17, 30, 0, TimeSpan.Zero), settings);
        (overdue.Status, overdue.EscalatedToPimpinan).ShouldBe((ReviewStatus.Overdue, true));
        ReviewClock.Evaluate(due, new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.FromHours(7)), settings)
            .EscalatedToPimpinan.ShouldBeTrue();
    }
}
