using CaseConference.Domain.Clients;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;

namespace CaseConference.Domain.ForceMajeure;

/// <summary>
/// A force majeure (keadaan terpaksa; FM1-FM7): an emergency override of one formulation item,
/// made ahead of or outside a KK decision and valid only until a KK ratifies or cancels it
/// (FM1–FM7). The agenda/ratification steps live in ForceMajeureOverride.Resolution.cs.
/// </summary>
public sealed partial class ForceMajeureOverride
{
    public Guid Id { get; set; }

    public Guid ClientId { get; set; }

    public int ItemNumber { get; set; }

    public ForceMajeureKind Kind { get; set; }

    public string? NewText { get; set; }

    public string Reason { get; set; } = "";

    public Guid ProposedBy { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    public ForceMajeureState State { get; set; }

    public List<Consent> Consents { get; set; } = [];

    /// <summary>
    /// Consents given by phone and recorded by the secretary; only confirmed ones are in <see cref="Consents"/>.
    /// </summary>
    public List<AttestedConsent> Attestations { get; set; } = [];

    public Objection? Objection { get; set; }

    public DateTimeOffset? InForceSince { get; set; }

    /// <summary>The KK whose agenda carries this force majeure (FM5).</summary>
    public Guid? AgendaConferenceId { get; set; }

    /// <summary>FM7: a KK closed without deciding; shown to the pimpinan until resolved.</summary>
    public bool RatificationOverdue { get; set; }

    public Guid? ResolvedByConferenceId { get; set; }

    /// <summary>
    /// FM1: one item of the client's current formulation, a kind, and a reason. Proposing is not
    /// consenting: a core proposer consents like everyone else, so every counted consent carries a
    /// person, a discipline and a justification (FM2).
    /// </summary>
    public static (ForceMajeureOverride Proposal, ForceMajeureProposed Event) Propose(
        Guid id, Actor proposer, Client client, int itemNumber, ForceMajeureKind kind, string? newText,
            string reason, DateTimeOffset now)
    {
        Require.That(proposer.IsCoreMember || proposer.DesignatedForForceMajeure, () => DomainException.Forbidden(
            "not_force_majeure_proposer",
                "Only a core member or staff designated by the pimpinan proposes a force majeure."));
        Require.Text(reason, "reason_required", "The reason (keadaan darurat)");
        Require.That(kind != ForceMajeureKind.Change || !string.IsNullOrWhiteSpace(newText), () =>
            DomainException.Invalid(
            "new_text_required", "A change needs the new text of the item."));
        var items = client.Formulation.Current?.Items
            ?? throw DomainException.Conflict("client_not_in_programme", "The client has no formulation yet.");
        Require.That(items.Any(i => i.Number == itemNumber), () => DomainException.NotFound(
            "formulation_item_not_found", $"The formulation has no item {itemNumber}."));
        Require.That(client.Overlays.All(o => o.ItemNumber != itemNumber), () => DomainException.Conflict(
            "item_already_overridden", $"Item {itemNumber} already has a force majeure in force."));

        var fm = new ForceMajeureOverride
        {
            Id = id, ClientId = client.Id, ItemNumber = itemNumber, Kind = kind,
            NewText = kind == ForceMajeureKind.Change ? newText : null, Reason = reason,
            ProposedBy = proposer.StaffId, ProposedAt = now, State = ForceMajeureState.Proposed,
        };
        return (fm,
            new ForceMajeureProposed(id, client.Id, itemNumber, kind, fm.NewText, reason, proposer.StaffId, now));
    }

    /// <summary>FM2: record a consent; a repeat by the same person changes nothing and returns no event.</summary>
    public IReadOnlyList<IDomainEvent> Consent(Actor actor, string justification,
        PantiPolicy policy, DateTimeOffset now)
    {
        RequireCoreMember(actor);
        if (Consents.Any(c => c.StaffId == actor.StaffId))
        {
            return [];
        }

        RequireOpenForConsent();
        Require.Text(justification, "justification_required", "The professional justification");
        return Count(new Consent(actor.StaffId, actor.CoreDiscipline!.Value, justification, now), policy, now);
    }

    /// <summary>FM2: a counted consent; the one that meets the quorum puts the force majeure in force.</summary>
    private List<IDomainEvent> Count(Consent consent, PantiPolicy policy, DateTimeOffset now)
    {
        Consents.Add(consent);
        // Consenting in the app answers a consent the secretary attested for this person.
        AnswerAttestation(consent.StaffId, AttestationOutcome.Confirmed, now);
        var events = new List<IDomainEvent> { new ForceMajeureConsented(Id, consent, Consents.Count) };
        if (ForceMajeureQuorum.IsMet(Consents, policy.ForceMajeureRequiresAllDisciplines, policy.ForceMajeureQuorum))
        {
            State = ForceMajeureState.InForce;
            InForceSince = now;
            events.Add(new ForceMajeureInForce(Id, ClientId, now));
        }

        return events;
    }

    private void RequireOpenForConsent() =>
        Require.That(State == ForceMajeureState.Proposed, () => DomainException.Conflict(
        "not_open_for_consent", $"The force majeure is {State}; consents are closed."));

    /// <summary>FM3: any core member's objection before it is in force breaks the consensus.</summary>
    public ForceMajeureRejected Object(Actor actor, string reason, DateTimeOffset now)
    {
        RequireCoreMember(actor);
        Require.Text(reason, "reason_required", "The objection's reason");
        Require.That(State == ForceMajeureState.Proposed, () => DomainException.Conflict(
            "objection_too_late", $"The force majeure is {State}; raise the objection at the KK."));

        Objection = new Objection(actor.StaffId, reason, now);
        State = ForceMajeureState.Rejected;
        return new ForceMajeureRejected(Id, Objection);
    }

    private static void RequireCoreMember(Actor actor) =>
        Require.That(actor.IsCoreMember, () => DomainException.Forbidden(
        "core_members_only", "Only core members consent to or object to a force majeure."));
}
