using CaseConference.Domain.ForceMajeure;

namespace CaseConference.Contracts.ForceMajeure;

/// <summary>
/// One force majeure (emergency change to one formulation item), keyed by its id: proposal (FM1),
/// consents and quorum (FM2), objection (FM3), overlay while in force (FM4), automatic agenda
/// placement (FM5), ratification or cancellation in session by the pimpinan (FM6), carry-over (FM7).
/// </summary>
public interface IForceMajeureGrain : IGrainWithGuidKey
{
    [Idempotent]
    Task<ForceMajeureOverride> Propose(Caller caller, Guid clientId, int itemNumber, ForceMajeureKind kind,
        string? newText, string reason);

    /// <summary>
    /// FM2: idempotent per person; the third distinct consent (covering the disciplines) puts it in force.
    /// </summary>
    [Idempotent]
    Task<ForceMajeureOverride> Consent(Caller caller, string justification);

    [Idempotent]
    Task<ForceMajeureOverride> Object(Caller caller, string reason);

    /// <summary>
    /// FM2, attested: the secretary records a core member's consent given by phone; pending until confirmed.
    /// </summary>
    [Idempotent]
    Task<ForceMajeureOverride> AttestConsent(Caller caller, Guid memberId, string how, string justification);

    /// <summary>The member confirms the consent attested for them; it counts from now (FM2), idempotently.</summary>
    [Idempotent]
    Task<ForceMajeureOverride> ConfirmAttestedConsent(Caller caller);

    /// <summary>The member declines the consent attested for them; it never counts.</summary>
    [Idempotent]
    Task<ForceMajeureOverride> DeclineAttestedConsent(Caller caller);

    /// <summary>CL6: only for those who may read the client's case record; every view and refusal is audited.</summary>
    Task<ForceMajeureOverride> View(Caller caller);

    /// <summary>
    /// FM5: the schedule put it on this KK's agenda. Interleaves: the schedule calls it while this
    /// force majeure waits for the schedule to acknowledge that it awaits an agenda.
    /// </summary>
    [AlwaysInterleave]
    Task ScheduledOn(Guid pantiId, Guid conferenceId);

    /// <summary>FM7: the KK carrying it closed (or was cancelled) without deciding.</summary>
    Task CarryOver(Guid pantiId, Guid fromConferenceId, bool conferenceWasHeld);

    /// <summary>FM6: called by the conference in session, for the pimpinan's decision.</summary>
    Task Ratify(Caller caller, Guid conferenceId);

    Task Cancel(Caller caller, Guid conferenceId);
}
