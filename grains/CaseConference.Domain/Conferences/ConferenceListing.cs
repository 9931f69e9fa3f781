namespace CaseConference.Domain.Conferences;

/// <summary>
/// What the KK list and a person's tasks need of one KK, without its minutes or summary texts:
/// small enough to keep for every KK a panti ever held. <see cref="Version"/> is the KK's last
/// event number, so a late notice never replaces a newer listing; <see cref="ChangedAt"/> is when
/// the listing last changed (null for listings written before it was kept).
/// </summary>
public sealed record ConferenceListing(
    Guid Id,
    ConferenceKind Kind,
    ConferenceState State,
    DateTimeOffset Start,
    Guid? ChairId,
    UrgentRequest? Urgent,
    List<Participant> Participants,
    List<ListedAgendaItem> Agenda,
    List<PostKkSummary> PostKkSummaries,
    long Version,
    DateTimeOffset? ChangedAt = null)
{
    public bool AwaitingApproval => Urgent is { IsApproved: false } && State == ConferenceState.Planned;

    /// <summary>RV4: a planned KK not opened a day after its start is no longer ahead of anyone.</summary>
    public static readonly TimeSpan NotHeldAfter = TimeSpan.FromDays(1);

    /// <summary>In session, or planned and not a day past its start.</summary>
    public bool IsUpcomingAt(DateTimeOffset now) =>
        State == ConferenceState.InSession || (State == ConferenceState.Planned && Start > now - NotHeldAfter);
}

/// <summary>An agenda item as listed: whose summary it is, when it came, who has acknowledged it.</summary>
public sealed record ListedAgendaItem(
    Guid Id,
    Guid ClientId,
    AgendaPurpose Purpose,
    Guid ResponsibleStaffId,
    DateTimeOffset? SummarySubmittedAt,
    List<Guid> Recipients,
    List<Acknowledgement> Acknowledgements);
