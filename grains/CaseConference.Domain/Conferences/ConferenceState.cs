namespace CaseConference.Domain.Conferences;

/// <summary>KK7: Planned → InSession → Closed → Sealed; Planned → Cancelled (with reason).</summary>
public enum ConferenceState
{
    Planned,
    InSession,

    /// <summary>Agenda and decisions are frozen from here on.</summary>
    Closed,

    /// <summary>Entries, attendance and decisions are hashed into the panti's chain (KK10).</summary>
    Sealed,
    Cancelled,
}

public enum ConferenceKind
{
    /// <summary>From the panti's fixed schedule (KK5).</summary>
    Regular,

    /// <summary>Outside the schedule under the special procedure (KK6).</summary>
    Urgent,
}
