namespace CaseConference.Domain.Panti;

/// <summary>
/// The panti's fixed KK schedule (jadwal KK secara tetap, KK5), as wall-clock times in the panti's
/// zone: weekly (optionally every N weeks) or monthly on the nth weekday (<see cref="WeekOfMonth"/>
/// 1–4, or -1 for the last).
/// </summary>
public sealed record KkRecurrence
{
    // Required: a schedule sent without its kind, day, time or start must be refused, not read as
    // "weekly on Sunday at midnight from year 1".
    public required RecurrenceKind Kind { get; init; }

    public required DayOfWeek Weekday { get; init; }

    public required TimeOnly LocalTime { get; init; }

    /// <summary>First day the schedule applies; also the phase for fortnightly schedules.</summary>
    public required DateOnly StartsOn { get; init; }

    public int IntervalWeeks { get; init; } = 1;

    public int WeekOfMonth { get; init; } = 1;

    public static KkRecurrence Weekly(DayOfWeek day, TimeOnly at, DateOnly startsOn, int intervalWeeks = 1) =>
        new() { Kind = RecurrenceKind.Weekly, Weekday = day, LocalTime = at, StartsOn = startsOn,
            IntervalWeeks = intervalWeeks };

    public static KkRecurrence MonthlyOn(int weekOfMonth, DayOfWeek day, TimeOnly at, DateOnly startsOn) =>
        new() { Kind = RecurrenceKind.MonthlyNthWeekday, Weekday = day, LocalTime = at, StartsOn = startsOn,
            WeekOfMonth = weekOfMonth };

    public void Validate()
    {
        Require.That(IntervalWeeks is >= 1 and <= 8, () => DomainException.Invalid(
            "interval_out_of_range", "A weekly schedule repeats every 1 to 8 weeks."));
        Require.That(Kind != RecurrenceKind.MonthlyNthWeekday || WeekOfMonth == -1 || WeekOfMonth is >= 1 and <= 4,
            () => DomainException.Invalid(
            "week_of_month_out_of_range", "A monthly schedule uses week 1 to 4, or -1 for the last."));
    }

    /// <summary>The next <paramref name="count"/> session starts strictly after <paramref name="after"/>.</summary>
    public IReadOnlyList<DateTimeOffset> NextOccurrences(DateTimeOffset after, TimeZoneInfo zone, int count)
    {
        var calendar = new PantiCalendar(zone);
        var from = calendar.LocalDate(after);
        // Finding 1: whatever was stored, the search stops before the calendar's end instead of overflowing.
        var first = from > StartsOn ? from : StartsOn;
        var dates = Kind == RecurrenceKind.Weekly ? WeeklyDates(first) : MonthlyDates(first);
        return dates
            .Select(date => calendar.ToInstant(date, LocalTime))
            .Where(start => start > after)
            .Take(count)
            .ToList();
    }

    private IEnumerable<DateOnly> WeeklyDates(DateOnly first)
    {
        var phase = NextWeekday(SaneDates.Clamp(StartsOn));
        var date = NextWeekday(SaneDates.Clamp(first));
        while (SaneDates.IsComputable(date))
        {
            if ((date.DayNumber - phase.DayNumber) / 7 % IntervalWeeks == 0)
            {
                yield return date;
            }

            date = date.AddDays(7);
        }
    }

    private DateOnly NextWeekday(DateOnly date) => date.AddDays(((int)Weekday - (int)date.DayOfWeek + 7) % 7);

    private IEnumerable<DateOnly> MonthlyDates(DateOnly first)
    {
        var start = SaneDates.Clamp(first);
        for (var month = new DateOnly(start.Year, start.Month,
            1); SaneDates.IsComputable(month); month = month.AddMonths(1))
        {
            var date = NthWeekday(month);
            if (date >= first)
            {
                yield return date;
            }
        }
    }

    private DateOnly NthWeekday(DateOnly firstOfMonth)
    {
        if (WeekOfMonth == -1)
        {
            var last = firstOfMonth.AddMonths(1).AddDays(-1);
            return last.AddDays(-(((int)last.DayOfWeek - (int)Weekday + 7) % 7));
        }

        var firstMatch = firstOfMonth.AddDays(((int)Weekday - (int)firstOfMonth.DayOfWeek + 7) % 7);
        return firstMatch.AddDays(7 * (WeekOfMonth - 1));
    }
}
