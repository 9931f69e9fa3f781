namespace CaseConference.Domain.Panti;

/// <summary>
/// Days as the panti lives them (TN2): every "day", due date and working day is computed in the
/// panti's time zone, never in UTC or the server's zone.
/// </summary>
public sealed class PantiCalendar(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(SaneDates.Clamp(instant), Zone);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The instant a local wall-clock time happens; a time skipped by DST moves forward an hour.</summary>
    public DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = SaneDates.Clamp(date).ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public DateTimeOffset StartOfDay(DateOnly date) => ToInstant(date, TimeOnly.MinValue);

    public static bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The working day (Mon–Fri) that is <paramref name="days"/> working days after the local date of
    /// <paramref name="from"/>.
    /// </summary>
    public DateOnly AddWorkingDays(DateTimeOffset from, int days)
    {
        var date = LocalDate(from);
        for (var added = 0; added < days && date < DateOnly.MaxValue;)
        {
            date = date.PlusDays(1);
            if (IsWorkingDay(date))
            {
                added++;
            }
        }

        return date;
    }
}
