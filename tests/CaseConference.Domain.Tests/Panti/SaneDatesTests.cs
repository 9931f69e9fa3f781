using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Reviews;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Panti;

/// <summary>Finding 1: dates people enter have a sane range; arithmetic on stored ones never overflows.</summary>
public sealed class SaneDatesTests
{
    private static readonly TimeZoneInfo[] Zones =
        [TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta"),
            TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")];

    private readonly TestWorld _world = new();

    [Fact]
    public void Finding01_schedules_and_review_clocks_at_the_ends_of_the_calendar_compute_without_throwing()
    {
        foreach (var zone in Zones)
        {
            foreach (var startsOn in new[] { DateOnly.MinValue, DateOnly.MaxValue })
            {
                foreach (var schedule in new[]
                {
                    KkRecurrence.Weekly(DayOfWeek.Wednesday, new TimeOnly(23, 30), startsOn, intervalWeeks: 3),
                    KkRecurrence.MonthlyOn(-1, DayOfWeek.Friday, new TimeOnly(0, 0), startsOn),
                })
                {
                    foreach (var after in new[] { DateTimeOffset.MinValue, TestWorld.Now, DateTimeOffset.MaxValue })
                    {
                        Should.NotThrow(() => schedule.NextOccurrences(after, zone, 4));
                    }
                }
            }

            foreach (var at in new[] { DateTimeOffset.MinValue, DateTimeOffset.MaxValue })
            {
                Should.NotThrow(() => ReviewClock.DueOn(at, zone));
                Should.NotThrow(() => new PantiCalendar(zone).AddWorkingDays(at, 3));
                var slot = new ConferenceSlot(Guid.NewGuid(), ConferenceKind.Regular, ConferenceState.Planned, at, []);
                Should.NotThrow(() => ReviewSchedule.Build([], [slot], zone, TestWorld.Now));
                Should.NotThrow(() => ReviewPlanner.Plan([new ReviewDue(Guid.NewGuid(), DateOnly.MaxValue)], [slot],
                    _world.Settings, TestWorld.Now));
            }
        }
    }

    [Fact]
    public void Finding01_a_kk_more_than_two_years_ahead_and_a_schedule_years_away_are_refused()
    {
        Refused(() => Conference.RequestUrgent(Guid.NewGuid(), _world.Pimpinan, TestWorld.Now.AddYears(3), "Darurat.",
            TestWorld.Now),
            RefusalKind.Invalid, "start_out_of_range");
        Refused(() => Conference.RequestUrgent(Guid.NewGuid(), _world.Pimpinan, DateTimeOffset.MaxValue, "Darurat.",
            TestWorld.Now),
            RefusalKind.Invalid, "start_out_of_range");
        var farAway = KkRecurrence.Weekly(DayOfWeek.Wednesday, new TimeOnly(9, 0), DateOnly.MaxValue);
        Refused(() => _world.Panti.Settings.ChangeSchedule(_world.Pimpinan, farAway, TestWorld.Now),
            RefusalKind.Invalid, "schedule_start_out_of_range");
    }
}
