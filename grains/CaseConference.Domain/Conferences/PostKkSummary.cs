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

    /// <summary>
    /// CL6: true in a copy shown to a reader who may not read this client's record; the text is then null.
    /// </summary>
    public bool CaseContentWithheld { get; init; }

    /// <summary>Late when filed after the due day, or still missing once the due day has passed.</summary>
    public bool IsLate(DateTimeOffset now, TimeZoneInfo zone)
    {
        var calendar = new PantiCalendar(zone);
        return calendar.LocalDate(FiledAt ?? now) > DueOn;
    }
}
