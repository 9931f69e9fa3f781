using CaseConference.Domain.Panti;

namespace CaseConference.Domain.Conferences;

/// <summary>
/// KK11: the ringkasan hasil KK the responsible staff files in the client's case file, due on a
/// working day in the panti's zone.
/// </summary>
public sealed record PostKkSummary(Guid ClientId, Guid ResponsibleStaffId, DateOnly DueOn)
{
    public DateTimeOffset? FiledAt { get; init; }

    public string? Text { get; init; }

    /// <summary>Late when filed after the due day, or still missing once the due day has passed.</summary>
    public bool IsLate(DateTimeOffset now, TimeZoneInfo zone)
    {
        var calendar = new PantiCalendar(zone);
        return calendar.LocalDate(FiledAt ?? now) > DueOn;
    }
}
