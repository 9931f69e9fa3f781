using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Conferences;

/// <summary>Every event of one KK; grains number them per conference for live delivery (LV1).</summary>
public interface IConferenceEvent : IDomainEvent
{
    Guid ConferenceId { get; }
}

public sealed record ConferencePlanned(Guid ConferenceId, ConferenceKind Kind, DateTimeOffset Start, Guid By,
    DateTimeOffset At) : IConferenceEvent;

public sealed record UrgentConferenceRequested(Guid ConferenceId, DateTimeOffset Start, string Reason, Guid By,
    DateTimeOffset At) : IConferenceEvent;

/// <summary>KK6: approval by the pimpinan; the waiver of the 24-hour rule is recorded here.</summary>
public sealed record UrgentConferenceApproved(Guid ConferenceId, bool WaivesPreCirculation, Guid By,
    DateTimeOffset At) : IConferenceEvent;

public sealed record ParticipantInvited(Guid ConferenceId, Participant Participant, Guid By,
    DateTimeOffset At) : IConferenceEvent;

public sealed record DeputySecretaryNamed(Guid ConferenceId, Guid StaffId, Guid By,
    DateTimeOffset At) : IConferenceEvent;

public sealed record AgendaItemAdded(
    Guid ConferenceId, Guid AgendaItemId, Guid ClientId, AgendaPurpose Purpose, Guid? ForceMajeureId, bool Automatic,
        DateTimeOffset At) : IConferenceEvent;

public sealed record CaseSummarySubmitted(Guid ConferenceId, Guid AgendaItemId, Guid By,
    DateTimeOffset At) : IConferenceEvent;

public sealed record CaseSummaryAcknowledged(Guid ConferenceId, Guid AgendaItemId, Guid By,
    DateTimeOffset At) : IConferenceEvent;

public sealed record AttendanceRecorded(Guid ConferenceId, AttendanceRecord Record) : IConferenceEvent
{
    public DateTimeOffset At => Record.At;
}

public sealed record ConferenceOpened(
    Guid ConferenceId, Guid ChairId, Discipline ChairDiscipline, List<LateItemRuling> LateItemRulings,
        DateTimeOffset At) : IConferenceEvent;

public sealed record MinuteRecorded(Guid ConferenceId, MinuteEntry Entry) : IConferenceEvent
{
    public DateTimeOffset At => Entry.At;
}

public sealed record DecisionRecorded(Guid ConferenceId, RecordedDecision Decision) : IConferenceEvent
{
    public DateTimeOffset At => Decision.At;

    /// <summary>CL6: the event without what was decided, as every follower of the KK may see it.</summary>
    public DecisionRecorded WithCaseContentWithheld() =>
        this with { Decision = Decision with { Decision = null, CaseContentWithheld = true } };
}

/// <summary>
/// The session closed. Force majeures left without ratification or cancellation must be carried
/// over (FM7); each summary obligation is due on its working day (KK11).
/// </summary>
public sealed record ConferenceClosed(
    Guid ConferenceId, List<Guid> UndecidedForceMajeures, List<PostKkSummary> SummariesDue, Guid By,
        DateTimeOffset At) : IConferenceEvent;

/// <summary>A cancelled KK hands its force majeures and clients to the next one.</summary>
public sealed record ConferenceCancelled(
    Guid ConferenceId, string Reason, List<Guid> ForceMajeuresToMove, List<Guid> ClientsToMove, Guid By,
        DateTimeOffset At) : IConferenceEvent;

public sealed record ConferenceSealed(Guid ConferenceId, string Hash, string? PreviousHash,
    DateTimeOffset At) : IConferenceEvent;

public sealed record PostKkSummaryFiled(Guid ConferenceId, Guid ClientId, Guid By, bool Late,
    DateTimeOffset At) : IConferenceEvent;
