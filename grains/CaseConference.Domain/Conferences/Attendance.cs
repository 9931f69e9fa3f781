namespace CaseConference.Domain.Conferences;

/// <summary>KK8 attendance modes: present (hadir), a delegate (wakil), written input (tertulis), absent.</summary>
public enum AttendanceMode
{
    Present,

    /// <summary>Sent a delegate; <see cref="AttendanceRecord.Detail"/> holds the delegate's name.</summary>
    Delegate,

    /// <summary>Sent written input; the detail holds it.</summary>
    WrittenInput,

    /// <summary>Absent; the detail holds the reason.</summary>
    Absent,
}

public sealed record AttendanceRecord(Guid StaffId, AttendanceMode Mode, string? Detail,
    Guid RecordedBy, DateTimeOffset At);

/// <summary>One person's line in attendance recorded for many at once (KK8).</summary>
public sealed record AttendanceEntry(Guid StaffId, AttendanceMode Mode, string? Detail);
