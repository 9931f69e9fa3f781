using CaseConference.Domain.Staff;

namespace CaseConference.Domain.ForceMajeure;

/// <summary>
/// A consent a core member gave outside the app (by phone in an emergency), recorded by the
/// secretary: who attested it, when and how. It counts toward FM2 only once the member confirms it
/// in the app; until then it is pending, and the member may decline it instead.
/// </summary>
public sealed record AttestedConsent(
    Guid StaffId,
    Discipline Discipline,
    string Justification,
    string How,
    Guid AttestedBy,
    DateTimeOffset AttestedAt,
    AttestationOutcome Outcome = AttestationOutcome.Pending,
    DateTimeOffset? AnsweredAt = null);

public enum AttestationOutcome
{
    /// <summary>Recorded by the secretary; not yet a consent.</summary>
    Pending,

    /// <summary>The member confirmed it in the app: it is their consent (FM2).</summary>
    Confirmed,

    /// <summary>The member said it was not their consent; it never counts.</summary>
    Declined,
}
