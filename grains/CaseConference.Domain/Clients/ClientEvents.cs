namespace CaseConference.Domain.Clients;

public sealed record ClientOpened(Guid ClientId, string Name, Guid By, DateTimeOffset At) : IDomainEvent;

public sealed record ClientRegistered(Guid ClientId, string RegisterNumber, string ClientMasterNumber, Guid By,
    DateTimeOffset At) : IDomainEvent;

public sealed record ClientStageChanged(
    Guid ClientId, ClientStage From, ClientStage To, string Why, Guid By, DateTimeOffset At,
    Guid? ConferenceId = null, TerminationReason? Reason = null) : IDomainEvent;

public sealed record ResponsiblePeksosAssigned(Guid ClientId, Guid PeksosId, Guid? Previous, Guid By,
    DateTimeOffset At) : IDomainEvent;

public sealed record FormulationVersionCreated(Guid ClientId, FormulationVersion Version) : IDomainEvent
{
    public DateTimeOffset At => Version.At;
}

/// <summary>RV1: a KK decided on the client (anything but Defer), so the quarterly clock restarts.</summary>
public sealed record ReviewClockReset(Guid ClientId, Guid ConferenceId, DateTimeOffset ReviewedAt,
    DateTimeOffset At) : IDomainEvent;

public sealed record FormulationOverlayPlaced(Guid ClientId, FormulationOverlay Overlay,
    DateTimeOffset At) : IDomainEvent;

public sealed record FormulationOverlayLifted(Guid ClientId, Guid ForceMajeureId, DateTimeOffset At) : IDomainEvent;

/// <summary>Why a reader was allowed to read a case record (CL6).</summary>
public enum ReadBasis
{
    ResponsiblePeksos,
    CoreTeam,
    Pimpinan,
    Sekretaris,
    ConferenceParticipant,
}

/// <summary>CL6: the audit-log line for one read of a case record (who, what, when).</summary>
public sealed record CaseRecordRead(Guid ClientId, Guid StaffId, ReadBasis Basis, DateTimeOffset At) : IDomainEvent;
