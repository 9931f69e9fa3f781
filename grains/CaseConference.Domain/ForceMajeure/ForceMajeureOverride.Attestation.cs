using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;

namespace CaseConference.Domain.ForceMajeure;

public sealed partial class ForceMajeureOverride
{
    /// <summary>
    /// FM2, attested: in an emergency a core member consents by phone and the secretary records it,
    /// saying how. It is not a consent yet: it counts once the member confirms it in the app.
    /// </summary>
    public ForceMajeureConsentAttested Attest(Actor secretary, Actor member, string how,
        string justification, DateTimeOffset now)
    {
        Require.That(secretary.IsSekretaris, () => DomainException.Forbidden(
            "sekretaris_only", "Only the secretary records a consent given by phone."));
        Require.That(member.IsCoreMember, () => DomainException.Invalid(
            "attested_member_not_core", "Only a core member's consent can be attested."));
        Require.That(member.StaffId != secretary.StaffId, () => DomainException.Invalid(
            "attest_own_consent", "A core member consents in the app; nobody attests their own consent."));
        RequireOpenForConsent();
        Require.That(Consents.All(c => c.StaffId != member.StaffId), () => DomainException.Conflict(
            "already_consented", "That member has consented already."));
        Require.That(PendingAttestationOf(member.StaffId) is null, () => DomainException.Conflict(
            "already_attested", "A consent attested for that member awaits their confirmation."));
        Require.Text(how, "how_required", "How the consent was given");
        Require.Text(justification, "justification_required", "The professional justification");

        var attestation = new AttestedConsent(member.StaffId, member.CoreDiscipline!.Value, justification, how,
            secretary.StaffId, now);
        Attestations.Add(attestation);
        return new ForceMajeureConsentAttested(Id, attestation);
    }

    /// <summary>
    /// The member confirms the consent attested for them: from now on it is their consent and
    /// counts toward FM2 (it may put the force majeure in force). A repeat changes nothing.
    /// </summary>
    public IReadOnlyList<IDomainEvent> ConfirmAttestation(Actor member, PantiPolicy policy, DateTimeOffset now)
    {
        RequireCoreMember(member);
        var attestation = PendingAttestationOf(member.StaffId);
        if (attestation is null && Consents.Any(c => c.StaffId == member.StaffId))
        {
            return [];
        }

        Require.That(attestation is not null, () => DomainException.NotFound(
            "no_attested_consent", "No consent attested for you awaits confirmation."));
        RequireOpenForConsent();
        return Count(new Consent(member.StaffId, member.CoreDiscipline!.Value, attestation!.Justification, now), policy,
            now);
    }

    /// <summary>
    /// The member says the attested consent was not theirs: it never counts. Allowed whatever the state.
    /// </summary>
    public ForceMajeureAttestationDeclined DeclineAttestation(Actor member, DateTimeOffset now)
    {
        RequireCoreMember(member);
        Require.That(PendingAttestationOf(member.StaffId) is not null, () => DomainException.NotFound(
            "no_attested_consent", "No consent attested for you awaits confirmation."));
        AnswerAttestation(member.StaffId, AttestationOutcome.Declined, now);
        return new ForceMajeureAttestationDeclined(Id, member.StaffId, now);
    }

    public AttestedConsent? PendingAttestationOf(Guid staffId) =>
        Attestations.FirstOrDefault(a => a.StaffId == staffId && a.Outcome == AttestationOutcome.Pending);

    private void AnswerAttestation(Guid staffId, AttestationOutcome outcome, DateTimeOffset now)
    {
        if (PendingAttestationOf(staffId) is { } pending)
        {
            Attestations[Attestations.IndexOf(pending)] = pending with { Outcome = outcome, AnsweredAt = now };
        }
    }
}
