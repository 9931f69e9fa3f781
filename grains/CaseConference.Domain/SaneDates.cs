namespace CaseConference.Domain;

/// <summary>
/// Finding 1: the dates people may enter, and date arithmetic that saturates instead of throwing, so
/// a stored value outside the range (near <see cref="DateTimeOffset.MaxValue"/> or MinValue) can never
/// make a read or a planning pass fail.
/// </summary>
public static class SaneDates
{
    /// <summary>A KK is planned at most two years ahead.</summary>
    public static readonly TimeSpan KkMaxAhead = TimeSpan.FromDays(2 * 365);

    /// <summary>A start further back than this is a typo (a start in the past is refused anyway).</summary>
    public static readonly TimeSpan KkMaxBehind = TimeSpan.FromDays(365);

    /// <summary>A fixed schedule starts within this many years of today, either way.</summary>
    public const int ScheduleYears = 3;

    /// <summary>Dates this close to the ends of the calendar are never computed with.</summary>
    private static readonly DateOnly FirstSafeDate = DateOnly.MinValue.AddDays(62);
    private static readonly DateOnly LastSafeDate = DateOnly.MaxValue.AddDays(-62);

    public static bool IsKkStart(DateTimeOffset start, DateTimeOffset now) =>
        start >= now.Plus(-KkMaxBehind) && start <= now.Plus(KkMaxAhead);

    public static bool IsScheduleStart(DateOnly startsOn, DateOnly today) =>
        startsOn >= today.PlusYears(-ScheduleYears) && startsOn <= today.PlusYears(ScheduleYears);

    /// <summary>Whether a date is far enough from the calendar's ends to compute with.</summary>
    public static bool IsComputable(DateOnly date) => date >= FirstSafeDate && date <= LastSafeDate;

    public static DateOnly Clamp(DateOnly date) =>
        date < FirstSafeDate ? FirstSafeDate : date > LastSafeDate ? LastSafeDate : date;

    /// <summary>The instant moved into the range where every offset and a day either way still fit.</summary>
    public static DateTimeOffset Clamp(DateTimeOffset at) =>
        at.UtcTicks < DateTimeOffset.MinValue.UtcTicks + TimeSpan.TicksPerDay ? DateTimeOffset.MinValue.AddDays(1)
        : at.UtcTicks > DateTimeOffset.MaxValue.UtcTicks - TimeSpan.TicksPerDay ? DateTimeOffset.MaxValue.AddDays(-1)
        : at;

    public static DateTimeOffset Plus(this DateTimeOffset at, TimeSpan by)
    {
        var ticks = at.UtcTicks;
        if (by > TimeSpan.Zero && ticks > DateTimeOffset.MaxValue.UtcTicks - by.Ticks)
        {
            return DateTimeOffset.MaxValue;
        }

        return by < TimeSpan.Zero && ticks < DateTimeOffset.MinValue.UtcTicks - by.Ticks
            ? DateTimeOffset.MinValue : at + by;
    }

    public static DateOnly PlusDays(this DateOnly date, int days)
    {
        var number = (long)date.DayNumber + days;
        return number > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue
            : number < DateOnly.MinValue.DayNumber ? DateOnly.MinValue
            : DateOnly.FromDayNumber((int)number);
    }

    public static DateOnly PlusMonths(this DateOnly date, int months)
    {
        var index = (long)date.Year * 12 + date.Month - 1 + months;
        return index >= 10000L * 12 ? DateOnly.MaxValue
            : index < 12 ? DateOnly.MinValue
            : date.AddMonths(months);
    }

    public static DateOnly PlusYears(this DateOnly date, int years) => date.PlusMonths(years * 12);
}
