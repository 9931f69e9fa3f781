using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Panti;

public sealed record StaffRegistered(Guid StaffId, string Name, List<StaffRole> Roles, Guid By,
    DateTimeOffset At) : IDomainEvent;

public sealed record StaffRolesChanged(Guid StaffId, List<StaffRole> Roles, Guid By, DateTimeOffset At) : IDomainEvent;

/// <summary>PE2: appointment to or dismissal from the core team.</summary>
public sealed record CoreTeamChanged(CoreTeamChange Change, bool TeamConstituted) : IDomainEvent
{
    public DateTimeOffset At => Change.At;
}

public sealed record ForceMajeureProposerDesignated(Guid StaffId, bool Designated, Guid By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>What changed: "time_zone", "policy" or "schedule".</summary>
public sealed record PantiSettingsChanged(string What, Guid By, DateTimeOffset At) : IDomainEvent;

/// <summary>KK2: the rotation advanced because a session opened with this chair discipline.</summary>
public sealed record ChairRotationAdvanced(Guid ConferenceId, Discipline ChairDiscipline,
    DateTimeOffset At) : IDomainEvent;
