using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Conferences;

public sealed partial class Conference
{
    /// <summary>
    /// KK9: one typed decision per agenda item, in session only. The chair, secretary or deputy
    /// records it; ratifying or cancelling a force majeure is the pimpinan's alone, and only for the
    /// force majeure this item carries (FM6). The grain then applies it to the client (CL2) and, for
    /// force majeure, to the override.
    /// </summary>
    public DecisionRecorded RecordDecision(Actor actor, Guid itemId, Decision decision, DateTimeOffset now)
    {
        RequireState(ConferenceState.InSession);
        var item = FindItem(itemId);
        Require.That(Decisions.All(d => d.AgendaItemId != itemId), () => DomainException.Conflict(
            "already_decided", "This agenda item already has a decision."));
        decision.Validate();
        Require.That(decision is not Defer { Ground: not null }, () => DomainException.Invalid(
            "deferral_ground_by_system", "A person defers with a reason; grounds are recorded by the system."));

        if (decision is RatifyForceMajeure or CancelForceMajeure)
        {
            var fmId = decision is RatifyForceMajeure r ? r.ForceMajeureId
                : ((CancelForceMajeure)decision).ForceMajeureId;
            Require.That(actor.IsPimpinan, () => DomainException.Forbidden(
                "pimpinan_only", "Only the pimpinan records ratification or cancellation of a force majeure."));
            Require.That(item.ForceMajeureId == fmId && item.Purpose == AgendaPurpose.ForceMajeure, () =>
                DomainException.Conflict(
                "force_majeure_not_on_agenda", "That force majeure is not on this agenda item."));
        }
        else
        {
            Require.That(IsRecorder(actor) || (actor.IsPimpinan && decision is Defer), () => DomainException.Forbidden(
                "not_recorder", "Decisions are recorded by the chair, the secretary or the deputy."));
            Require.That(item.Purpose != AgendaPurpose.ForceMajeure || decision is Defer, () => DomainException.Invalid(
                "decision_not_for_item", "A force-majeure item is ratified, cancelled or deferred."));
        }

        return Record(item, decision, actor, now);
    }

    private DecisionRecorded Record(AgendaItem item, Decision decision, Actor actor, DateTimeOffset now)
    {
        var recorded = new RecordedDecision(Decisions.Count + 1, Id, item.Id, item.ClientId,
            decision, actor.StaffId, now);
        Decisions.Add(recorded);
        return new DecisionRecorded(Id, recorded);
    }
}
