namespace CaseConference.Domain.Staff;

/// <summary>A person serving on the core team (tim inti KK) for one discipline.</summary>
public sealed record CoreTeamMember(Guid StaffId, Discipline Discipline);

public enum CoreTeamChangeKind
{
    Appointed,
    Dismissed,
}

/// <summary>One recorded membership change: who changed what, and when (PE2).</summary>
public sealed record CoreTeamChange(CoreTeamChangeKind Kind, Guid StaffId, Discipline Discipline,
    Guid By, DateTimeOffset At);
