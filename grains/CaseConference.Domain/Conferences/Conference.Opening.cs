using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Conferences;

public sealed partial class Conference
{
    /// <summary>KK8: at least two core members present, beside the secretary or deputy.</summary>
    public const int MinimumCoreMembers = 2;

    /// <summary>
    /// Opens the session (KK8): the chair-in-turn (KK2, from <paramref name="lastChairDiscipline"/>
    /// and the disciplines present) opens it, with the secretary or deputy and at least two core
    /// members present, no earlier than the panti's opening window before the planned start (KK4).
    /// Every item not ready at the planned start (KK4) needs the chair's ruling; deferred ones get a
    /// Defer decision at once. The grain then advances the panti's rotation with the chair discipline.
    /// </summary>
    public IReadOnlyList<IConferenceEvent> Open(
        Actor actor, Discipline? lastChairDiscipline, IReadOnlyCollection<LateItemRuling> lateItemRulings,
            PantiPolicy policy, DateTimeOffset now)
    {
        RequireState(ConferenceState.Planned);
        Require.That(Urgent is null || Urgent.IsApproved, () => DomainException.Conflict(
            "urgent_not_approved", "The pimpinan has not approved this urgent KK."));
        var opensAt = OpensAt(policy);
        Require.That(now >= opensAt, () => DomainException.Conflict("conference_opens_too_early",
            $"The KK may open from {opensAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}, {policy.OpeningWindow().TotalMinutes:0} minutes before its start."));

        var readiness = Readiness(lastChairDiscipline, policy, now);
        Require.That(readiness.SecretaryPresent, () => DomainException.Conflict(
            "quorum_secretary_absent", "The secretary or a named deputy must be present."));
        Require.That(readiness.CoreMembersPresent >= MinimumCoreMembers, () => DomainException.Conflict(
            "quorum_core_members", "At least two core members must be present."));
        var chairDiscipline = readiness.ChairDiscipline!.Value;
        Require.That(readiness.ChairIds.Contains(actor.StaffId), () => DomainException.Forbidden(
            "not_chair_in_turn",
                $"The chair in turn is the {chairDiscipline} core member present; they open the session."));

        var late = readiness.Items.Where(i => i.Readiness == ItemReadiness.Late)
            .Select(i => i.AgendaItemId).ToHashSet();
        var rulings = lateItemRulings.DistinctBy(r => r.AgendaItemId).ToList();
        Require.That(late.All(id => rulings.Any(r => r.AgendaItemId == id)), () => DomainException.Invalid(
            "late_item_without_ruling", "Each late item needs a ruling: proceed with exception, or defer."));
        Require.That(rulings.All(r => late.Contains(r.AgendaItemId)), () => DomainException.Invalid(
            "ruling_for_item_not_late", "Rulings are only for late items."));

        State = ConferenceState.InSession;
        OpenedAt = now;
        ChairId = actor.StaffId;
        ChairDiscipline = chairDiscipline;
        LateItemRulings = rulings;

        var events =
            new List<IConferenceEvent> { new ConferenceOpened(Id, actor.StaffId, chairDiscipline, rulings, now) };
        foreach (var deferral in rulings.Where(r => r.Choice == LateItemChoice.Defer))
        {
            events.Add(Record(FindItem(deferral.AgendaItemId),
                new Defer(null, DeferralGround.LateCaseSummary), actor, now));
        }

        return events;
    }

    /// <summary>KK4: the earliest moment the session may open.</summary>
    public DateTimeOffset OpensAt(PantiPolicy policy) => Start.Plus(-policy.OpeningWindow());

    /// <summary>
    /// KK8/KK2/KK4: quorum, chair in turn and late items as they stand now. Once the KK may open,
    /// items are judged at the planned start (or now, if later): a summary cannot be submitted after
    /// opening, so an item not ready by then is late even if its deadline lies after the opening.
    /// </summary>
    public SessionReadiness Readiness(Discipline? lastChairDiscipline, PantiPolicy policy, DateTimeOffset now)
    {
        var opensAt = OpensAt(policy);
        var judgedAt = now < opensAt || now > Start ? now : Start;
        var presentCore = Participants.Where(p => p.Capacity == Capacity.Organiser && p.CoreDiscipline is not null
            && IsPresent(p.StaffId)).ToList();
        var secretaryPresent = SecretaryId is { } s && IsPresent(s) || DeputySecretaryId is { } d && IsPresent(d);
        var chair = ChairRotation.Next(lastChairDiscipline, presentCore.Select(p => p.CoreDiscipline!.Value));
        return new SessionReadiness(
            secretaryPresent,
            presentCore.Count,
            secretaryPresent && presentCore.Count >= MinimumCoreMembers,
            chair,
            [.. presentCore.Where(p => p.CoreDiscipline == chair).Select(p => p.StaffId)],
            [.. Agenda.Select(a => new AgendaItemReadiness(a.Id, ReadinessOf(a.Id, policy, judgedAt)))],
            opensAt);
    }

    /// <summary>
    /// KK3: only the secretary or the named deputy writes the minutes; numbered, timestamped, append-only.
    /// </summary>
    public MinuteRecorded RecordMinute(Actor actor, string text, DateTimeOffset now) =>
        AppendMinute(actor, text, null, now);

    /// <summary>KK3: a correction is a new entry that amends an earlier one; the earlier one stays.</summary>
    public MinuteRecorded AmendMinute(Actor actor, int amendedNumber, string text, DateTimeOffset now)
    {
        Require.That(amendedNumber >= 1 && amendedNumber <= CountMinutes(), () => DomainException.NotFound(
            "minute_not_found", $"There is no minutes entry {amendedNumber}."));
        return AppendMinute(actor, text, amendedNumber, now);
    }

    private MinuteRecorded AppendMinute(Actor actor, string text, int? amends, DateTimeOffset now)
    {
        Require.That(IsSecretaryOrDeputy(actor), () => DomainException.Forbidden(
            "secretary_only", "Only the secretary or the deputy named for this session records minutes."));
        RequireState(ConferenceState.InSession);
        Require.Text(text, "minute_text_required", "The minutes entry");

        var entry = new MinuteEntry(CountMinutes() + 1, now, actor.StaffId, text, amends);
        Minutes.Add(entry);
        return new MinuteRecorded(Id, entry);
    }
}
