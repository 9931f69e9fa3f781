using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Conferences;

public sealed partial class Conference
{
    public AgendaItemAdded AddAgendaItem(
        Actor actor, Guid itemId, Guid clientId, AgendaPurpose purpose, Guid responsibleStaffId,
            string? note, DateTimeOffset now)
    {
        RequireOrganiserRole(actor);
        Require.That(purpose is not (AgendaPurpose.ForceMajeure or AgendaPurpose.RejectedForceMajeure), () =>
            DomainException.Invalid(
            "force_majeure_added_automatically", "Force majeures reach the agenda automatically (FM5, FM3)."));
        return Add(itemId, clientId, purpose, responsibleStaffId, note, null, automatic: false, now);
    }

    /// <summary>
    /// FM5: the system puts a force majeure in force on the next KK that has not opened; FM3: one
    /// rejected by an objection goes there the same way, <paramref name="forDiscussion"/>, as an item
    /// the KK decides like any other (not ratified or cancelled: it never came into force).
    /// </summary>
    public AgendaItemAdded ScheduleForceMajeure(
        Guid itemId, Guid forceMajeureId, Guid clientId, Guid responsibleStaffId, DateTimeOffset now,
            bool forDiscussion = false)
    {
        Require.That(Agenda.All(a => a.ForceMajeureId != forceMajeureId), () => DomainException.Conflict(
            "already_on_agenda", "The force majeure is already on this agenda."));
        var purpose = forDiscussion ? AgendaPurpose.RejectedForceMajeure : AgendaPurpose.ForceMajeure;
        return Add(itemId, clientId, purpose, responsibleStaffId, null, forceMajeureId, automatic: true, now);
    }

    /// <summary>RV2: the planner adds a client due for the quarterly review.</summary>
    public AgendaItemAdded ScheduleReview(Guid itemId, Guid clientId, Guid responsibleStaffId, DateTimeOffset now) =>
        Add(itemId, clientId, AgendaPurpose.QuarterlyReview, responsibleStaffId, null, null, automatic: true, now);

    /// <summary>KK4: the client's responsible staff submits the case summary (ringkasan kasus).</summary>
    public CaseSummarySubmitted SubmitCaseSummary(Actor actor, Guid itemId, string text, DateTimeOffset now)
    {
        RequireState(ConferenceState.Planned);
        var item = FindItem(itemId);
        Require.That(actor.StaffId == item.ResponsibleStaffId, () => DomainException.Forbidden(
            "not_responsible_staff", "The case summary comes from the client's responsible staff."));
        Require.Text(text, "summary_text_required", "The case summary");

        // A new text must be read again, so earlier acknowledgements no longer count.
        item.Summary = new CaseSummary { Text = text, By = actor.StaffId, SubmittedAt = now };
        return new CaseSummarySubmitted(Id, itemId, actor.StaffId, now);
    }

    /// <summary>KK4: a recipient confirms receipt. Repeats are harmless.</summary>
    public CaseSummaryAcknowledged? AcknowledgeCaseSummary(Actor actor, Guid itemId, DateTimeOffset now)
    {
        RequireState(ConferenceState.Planned, ConferenceState.InSession);
        var item = FindItem(itemId);
        var summary = item.Summary
            ?? throw DomainException.Conflict("summary_missing", "No case summary has been submitted yet.");
        Require.That(SummaryRecipients(item).Contains(actor.StaffId), () => DomainException.Forbidden(
            "not_summary_recipient", "Only core members and invited professionals acknowledge case summaries."));
        if (summary.Acknowledgements.Any(a => a.StaffId == actor.StaffId))
        {
            return null;
        }

        summary.Acknowledgements.Add(new Acknowledgement(actor.StaffId, now));
        return new CaseSummaryAcknowledged(Id, itemId, actor.StaffId, now);
    }

    /// <summary>KK4: ready when every recipient acknowledged before start − pre-circulation; late after that.</summary>
    public ItemReadiness ReadinessOf(Guid itemId, PantiPolicy policy, DateTimeOffset now)
    {
        var item = FindItem(itemId);
        if (Urgent is { WaivesPreCirculation: true })
        {
            return ItemReadiness.Waived;
        }

        var deadline = Start.Plus(-policy.PreCirculation);
        var ready = item.Summary is { } summary && summary.SubmittedAt <= deadline
            && SummaryRecipients(item).All(r => summary.Acknowledgements.Any(a => a.StaffId == r && a.At <= deadline));
        return ready ? ItemReadiness.Ready : now < deadline ? ItemReadiness.Pending : ItemReadiness.Late;
    }

    /// <summary>Core members and invited professionals, except the summary's own author.</summary>
    public IReadOnlyCollection<Guid> SummaryRecipients(AgendaItem item) => Participants
        .Where(p => p.Capacity is Capacity.Organiser or Capacity.Member && p.StaffId != item.ResponsibleStaffId)
        .Select(p => p.StaffId)
        .ToList();

    public AgendaItem FindItem(Guid itemId) => Agenda.FirstOrDefault(a => a.Id == itemId)
        ?? throw DomainException.NotFound("agenda_item_not_found", "No such agenda item.");

    private AgendaItemAdded Add(
        Guid itemId, Guid clientId, AgendaPurpose purpose, Guid responsible, string? note, Guid? forceMajeureId,
            bool automatic, DateTimeOffset now)
    {
        RequireState(ConferenceState.Planned);
        Require.That(Agenda.All(a => a.Id != itemId), () =>
            DomainException.Conflict("agenda_item_exists", "That agenda item already exists."));
        Require.That(forceMajeureId is not null || Agenda.All(a => a.ClientId != clientId || a.Purpose != purpose),
            () => DomainException.Conflict(
            "already_on_agenda", "The client is already on the agenda for that purpose."));

        Agenda.Add(new AgendaItem
        {
            Id = itemId, ClientId = clientId, Purpose = purpose, Note = note, ForceMajeureId = forceMajeureId,
            ResponsibleStaffId = responsible, AddedAutomatically = automatic,
        });
        return new AgendaItemAdded(Id, itemId, clientId, purpose, forceMajeureId, automatic, now);
    }
}
