using CaseConference.Domain.Conferences;
using CaseConference.Domain.Reviews;
using Shouldly;

namespace CaseConference.Domain.Tests.Reviews;

/// <summary>Issue 9: a built schedule is kept until the first instant one of its time rules may flip.</summary>
public sealed class ScheduleValidityTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private readonly TestWorld _world = new();

    [Fact]
    public void Issue09_with_no_kk_planned_a_schedule_holds_until_the_next_local_midnight()
    {
        ScheduleValidity.Until([], _world.Settings, TestWorld.Now)
            .ShouldBe(new DateTimeOffset(2026, 1, 6, 0, 0, 0, Wib));
    }

    [Fact]
    public void Issue09_a_planned_kk_ends_it_at_its_pre_circulation_deadline_its_start_and_a_day_after()
    {
        var start = new DateTimeOffset(2026, 1, 7, 9, 0, 0, Wib);
        List<ConferenceSlot> planned =
            [new(Guid.NewGuid(), ConferenceKind.Regular, ConferenceState.Planned, start, [])];

        // RV2: 24 h before it, it stops taking placements; at its start it stops covering its agenda.
        ScheduleValidity.Until(planned, _world.Settings, new DateTimeOffset(2026, 1, 6, 1, 0, 0, Wib))
            .ShouldBe(start.AddHours(-24));
        ScheduleValidity.Until(planned, _world.Settings, start.AddHours(-24)).ShouldBe(start.AddHours(-24),
            "a rule flipping now builds again");
        ScheduleValidity.Until(planned, _world.Settings, start.AddHours(-2)).ShouldBe(start);

        // RV4: unopened a day after its start, it leaves the list (the next day's midnight comes later).
        ScheduleValidity.Until(planned, _world.Settings, start.AddHours(20)).ShouldBe(start.AddDays(1));
    }

    [Fact]
    public void Issue09_a_kk_in_session_or_ended_changes_nothing_with_time()
    {
        var start = TestWorld.Now.AddHours(1);
        List<ConferenceSlot> held = [new(Guid.NewGuid(), ConferenceKind.Regular, ConferenceState.InSession, start, [])];
        ScheduleValidity.Until(held, _world.Settings, TestWorld.Now)
            .ShouldBe(new DateTimeOffset(2026, 1, 6, 0, 0, 0, Wib));
    }
}
