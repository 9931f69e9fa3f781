namespace CaseConference.Domain.ForceMajeure;

public sealed record ForceMajeureProposed(
    Guid ForceMajeureId, Guid ClientId, int ItemNumber, ForceMajeureKind Kind, string? NewText, string Reason, Guid By,
        DateTimeOffset At) : IDomainEvent;

public sealed record ForceMajeureConsented(Guid ForceMajeureId, Consent Consent, int DistinctConsents) : IDomainEvent
{
    public DateTimeOffset At => Consent.At;
}

/// <summary>FM2 reached: the pimpinan is notified and the overlay applies (FM4).</summary>
public sealed record ForceMajeureInForce(Guid ForceMajeureId, Guid ClientId, DateTimeOffset At) : IDomainEvent;

public sealed record ForceMajeureRejected(Guid ForceMajeureId, Objection Objection) : IDomainEvent
{
    public DateTimeOffset At => Objection.At;
}

/// <summary>FM5: placed on the agenda of the next KK that has not opened yet.</summary>
public sealed record ForceMajeureScheduled(Guid ForceMajeureId, Guid ConferenceId, DateTimeOffset At) : IDomainEvent;

/// <summary>FM7: a KK closed without deciding; flagged "ratification overdue" to the pimpinan.</summary>
public sealed record ForceMajeureCarriedOver(Guid ForceMajeureId, Guid FromConferenceId, bool RatificationOverdue,
    DateTimeOffset At) : IDomainEvent;

public sealed record ForceMajeureRatified(Guid ForceMajeureId, Guid ConferenceId, Guid By,
    DateTimeOffset At) : IDomainEvent;

public sealed record ForceMajeureCancelled(Guid ForceMajeureId, Guid ConferenceId, Guid By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>FM2: the secretary recorded a consent given by phone; pending until the member confirms it.</summary>
public sealed record ForceMajeureConsentAttested(Guid ForceMajeureId, AttestedConsent Attestation) : IDomainEvent
{
    public DateTimeOffset At => Attestation.AttestedAt;
}

/// <summary>The member declined a consent attested for them; it does not count.</summary>
public sealed record ForceMajeureAttestationDeclined(Guid ForceMajeureId, Guid StaffId,
    DateTimeOffset At) : IDomainEvent;

/// <summary>
/// Issue 10: one of the panti's force majeures changed, as the panti's force-majeure feed tells its
/// screens (so they refresh instead of polling): which one and where it stands, none of its content.
/// </summary>
public sealed record ForceMajeureListChanged(Guid ForceMajeureId, ForceMajeureState State, int Consents,
    DateTimeOffset At) : IDomainEvent;
