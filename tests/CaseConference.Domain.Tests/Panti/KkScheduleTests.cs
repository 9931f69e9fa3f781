using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Panti;

public sealed class KkScheduleTests
{
    private static readonly TimeZoneInfo Jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private readonly TestWorld _world = new();

    [Fact]
    public void KK5_weekly_schedule_yields_the_next_sessions_in_the_panti_zone()
    {
        var schedule = KkRecurrence.Weekly(DayOfWeek.Wednesday, new TimeOnly(9, 0), new DateOnly(2026, 1, 1));

        // Wednesday 7 Jan 02:00 UTC is 09:00 WIB, exactly the start: "after" excludes it.
        var occurrences = schedule.NextOccurrences(new DateTimeOffset(2026, 1, 7, 2, 0, 0, TimeSpan.Zero), Jakarta, 3);

        occurrences.ShouldBe([At(2026, 1, 14), At(2026, 1, 21), At(2026, 1, 28)]);
        occurrences[0].Offset.ShouldBe(TimeSpan.FromHours(7));
    }

    [Fact]
    public void KK5_fortnightly_and_monthly_nth_weekday_schedules()
    {
        var fortnightly = KkRecurrence.Weekly(DayOfWeek.Wednesday, new TimeOnly(9, 0), new DateOnly(2026, 1, 7),
            intervalWeeks: 2);
        fortnightly.NextOccurrences(TestWorld.Now, Jakarta, 3)
            .ShouldBe([At(2026, 1, 7), At(2026, 1, 21), At(2026, 2, 4)]);

        var secondTuesday = KkRecurrence.MonthlyOn(2, DayOfWeek.Tuesday, new TimeOnly(9, 0), new DateOnly(2026, 1, 1));
        secondTuesday.NextOccurrences(TestWorld.Now, Jakarta, 3)
            .ShouldBe([At(2026, 1, 13), At(2026, 2, 10), At(2026, 3, 10)]);

        var lastFriday = KkRecurrence.MonthlyOn(-1, DayOfWeek.Friday, new TimeOnly(9, 0), new DateOnly(2026, 1, 1));
        lastFriday.NextOccurrences(TestWorld.Now, Jakarta, 2).ShouldBe([At(2026, 1, 30), At(2026, 2, 27)]);

        Refused(() =>
            _world.Settings.ChangeSchedule(_world.Pimpinan, secondTuesday with { WeekOfMonth = 5 }, TestWorld.Now),
            RefusalKind.Invalid, "week_of_month_out_of_range");
    }

    [Fact]
    public void KK5_a_regular_kk_is_planned_only_on_the_fixed_schedule()
    {
        var (kk, planned) = Conference.PlanRegular(Guid.NewGuid(), _world.Sekretaris, At(2026, 1, 14), _world.Settings,
            TestWorld.Now);
        kk.Kind.ShouldBe(ConferenceKind.Regular);
        planned.Start.ShouldBe(At(2026, 1, 14));

        Refused(() =>
            Conference.PlanRegular(Guid.NewGuid(), _world.Sekretaris, At(2026, 1, 15), _world.Settings, TestWorld.Now),
            RefusalKind.Invalid, "not_on_schedule");
        Refused(() => Conference.PlanRegular(Guid.NewGuid(), _world.Sekretaris, At(2026, 1, 14), new PantiSettings(),
            TestWorld.Now),
            RefusalKind.Conflict, "no_fixed_schedule");
        Refused(() =>
            Conference.PlanRegular(Guid.NewGuid(), _world.Outsider, At(2026, 1, 14), _world.Settings, TestWorld.Now),
            RefusalKind.Forbidden, "not_kk_organiser");
    }

    private static DateTimeOffset At(int year, int month, int day) =>
        new(year, month, day, 9, 0, 0, TimeSpan.FromHours(7));
}
