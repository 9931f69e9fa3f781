using CaseConference.Domain.Staff;

namespace CaseConference.Domain.ForceMajeure;

/// <summary>
/// What the force-majeure list needs of one force majeure, without its case content (reason, new
/// text, justifications): who stands where and how far it is. <see cref="Version"/> counts the
/// force majeure's writes, so a late notice never replaces a newer listing.
/// </summary>
public sealed record ForceMajeureListing(
    Guid Id,
    Guid ClientId,
    int ItemNumber,
    ForceMajeureKind Kind,
    ForceMajeureState State,
    Guid ProposedBy,
    DateTimeOffset ProposedAt,
    List<ListedConsent> Consents,
    List<Guid> PendingAttestations,
    Guid? ObjectedBy,
    DateTimeOffset? InForceSince,
    Guid? AgendaConferenceId,
    bool RatificationOverdue,
    Guid? ResolvedByConferenceId,
    long Version);

/// <summary>A counted consent as listed; <see cref="Attested"/> when it was given by phone and confirmed.</summary>
public sealed record ListedConsent(Guid StaffId, Discipline Discipline, bool Attested);

public sealed partial class ForceMajeureOverride
{
    public ForceMajeureListing ToListing(long version) => new(
        Id, ClientId, ItemNumber, Kind, State, ProposedBy, ProposedAt,
        [.. Consents.Select(c => new ListedConsent(c.StaffId, c.Discipline,
            Attestations.Any(a => a.StaffId == c.StaffId && a.Outcome == AttestationOutcome.Confirmed)))],
        [.. Attestations.Where(a => a.Outcome == AttestationOutcome.Pending).Select(a => a.StaffId)],
        Objection?.StaffId, InForceSince, AgendaConferenceId, RatificationOverdue, ResolvedByConferenceId, version);
}
