using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Conferences;

/// <summary>
/// One sidang KK (case conference session): kind (KK5, KK6), participants (KK1), agenda and case
/// summaries (KK4), attendance and opening (KK8, KK2), minutes (KK3), decisions (KK9), closing and
/// seal (KK7, KK10) and post-KK summaries (KK11). Behaviour is split over Conference.*.cs.
/// </summary>
public sealed partial class Conference
{
    public Guid Id { get; set; }

    public ConferenceKind Kind { get; set; }

    public ConferenceState State { get; set; }

    public DateTimeOffset Start { get; set; }

    public Guid PlannedBy { get; set; }

    public UrgentRequest? Urgent { get; set; }

    public List<Participant> Participants { get; set; } = [];

    public Guid? DeputySecretaryId { get; set; }

    public List<AgendaItem> Agenda { get; set; } = [];

    public List<AttendanceRecord> Attendance { get; set; } = [];

    public Guid? ChairId { get; set; }

    public Discipline? ChairDiscipline { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    public List<LateItemRuling> LateItemRulings { get; set; } = [];

    public List<MinuteEntry> Minutes { get; set; } = [];

    public List<RecordedDecision> Decisions { get; set; } = [];

    public DateTimeOffset? ClosedAt { get; set; }

    public string? CancellationReason { get; set; }

    public string? SealHash { get; set; }

    public string? PreviousSealHash { get; set; }

    public DateTimeOffset? SealedAt { get; set; }

    public List<PostKkSummary> PostKkSummaries { get; set; } = [];

    public Guid? SecretaryId => Participants.FirstOrDefault(p => p.Capacity == Capacity.Secretary)?.StaffId;

    /// <summary>KK5: a regular KK sits on an occurrence of the panti's fixed schedule.</summary>
    public static (Conference Conference, ConferencePlanned Event) PlanRegular(
        Guid id, Actor actor, DateTimeOffset start, PantiSettings settings, DateTimeOffset now)
    {
        RequireOrganiserRole(actor);
        RequireStart(start, now);
        var schedule = settings.Schedule
            ?? throw DomainException.Conflict("no_fixed_schedule",
                "The panti has no fixed KK schedule; plan an urgent KK instead.");
        var occurrence = schedule.NextOccurrences(start.Plus(-TimeSpan.FromTicks(1)), settings.TimeZone(), 1);
        Require.That(occurrence.Count == 1 && occurrence[0] == start, () => DomainException.Invalid(
            "not_on_schedule", "A regular KK must start at a time of the panti's fixed schedule."));

        var conference = new Conference { Id = id, Kind = ConferenceKind.Regular, Start = start,
            PlannedBy = actor.StaffId };
        return (conference, new ConferencePlanned(id, ConferenceKind.Regular, start, actor.StaffId, now));
    }

    /// <summary>KK6: requested by a core member or the pimpinan with a written reason.</summary>
    public static (Conference Conference, UrgentConferenceRequested Event) RequestUrgent(
        Guid id, Actor actor, DateTimeOffset start, string reason, DateTimeOffset now)
    {
        Require.That(actor.IsCoreMember || actor.IsPimpinan, () => DomainException.Forbidden(
            "urgent_by_core_or_pimpinan", "An urgent KK is requested by a core member or the pimpinan."));
        Require.Text(reason, "urgent_reason_required", "The written reason for an urgent KK");
        RequireStart(start, now);

        var conference = new Conference
        {
            Id = id, Kind = ConferenceKind.Urgent, Start = start, PlannedBy = actor.StaffId,
            Urgent = new UrgentRequest(actor.StaffId, reason, now),
        };
        return (conference, new UrgentConferenceRequested(id, start, reason, actor.StaffId, now));
    }

    /// <summary>KK6: only the pimpinan approves; the approval may waive the 24-hour rule.</summary>
    public UrgentConferenceApproved ApproveUrgent(Actor actor, bool waivePreCirculation, DateTimeOffset now)
    {
        Require.That(actor.IsPimpinan, () =>
            DomainException.Forbidden("pimpinan_only", "Only the pimpinan approves an urgent KK."));
        var request = Urgent ?? throw DomainException.Conflict("not_urgent", "This is a regular KK.");
        RequireState(ConferenceState.Planned);
        Require.That(!request.IsApproved, () =>
            DomainException.Conflict("already_approved", "The urgent KK is already approved."));

        Urgent = request with { ApprovedBy = actor.StaffId, ApprovedAt = now,
            WaivesPreCirculation = waivePreCirculation };
        return new UrgentConferenceApproved(Id, waivePreCirculation, actor.StaffId, now);
    }

    public ConferenceSlot ToSlot() => new(Id, Kind, State, Start, [.. Agenda.Select(a => a.ClientId).Distinct()]);

    public ConferenceListing ToListing(long version) => new(
        Id, Kind, State, Start, ChairId, Urgent, [.. Participants],
        [.. Agenda.Select(a => new ListedAgendaItem(a.Id, a.ClientId, a.Purpose,
            a.ResponsibleStaffId, a.Summary?.SubmittedAt,
            [.. SummaryRecipients(a)], [.. a.Summary?.Acknowledgements ?? []]))],
        [.. PostKkSummaries.Select(s => s with { Text = null })],
        version);

    private bool IsSecretaryOrDeputy(Actor actor) => actor.StaffId == SecretaryId || actor.StaffId == DeputySecretaryId;

    private bool IsRecorder(Actor actor) => actor.StaffId == ChairId || IsSecretaryOrDeputy(actor);

    private void RequireState(ConferenceState expected)
    {
        if (State == expected)
        {
            return;
        }

        throw State is ConferenceState.Closed or ConferenceState.Sealed or ConferenceState.Cancelled
            ? DomainException.Conflict("conference_frozen",
                $"The KK is {State}; its agenda, minutes and decisions can no longer change.")
            : DomainException.Conflict($"not_{Snake(expected)}", $"The KK is {State}, not {expected}.");
    }

    private void RequireState(ConferenceState first, ConferenceState second)
    {
        if (State != first)
        {
            RequireState(second);
        }
    }

    private static string Snake(ConferenceState state) => state switch
    {
        ConferenceState.InSession => "in_session",
        _ => state.ToString().ToLowerInvariant(),
    };

    private static void RequireStart(DateTimeOffset start, DateTimeOffset now)
    {
        Require.That(start > now, () => DomainException.Invalid("start_in_past", "A KK is planned in the future."));
        Require.That(SaneDates.IsKkStart(start, now), () =>
            DomainException.Invalid("start_out_of_range", "A KK starts at most two years ahead."));
    }

    public static void RequireOrganiserRole(Actor actor) =>
        Require.That(actor.IsPimpinan || actor.IsCoreMember || actor.IsSekretaris,
        () => DomainException.Forbidden("not_kk_organiser",
            "KKs are organised by the pimpinan, the core team or the secretary."));
}
