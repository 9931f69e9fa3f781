using CaseConference.Contracts.Events;
using CaseConference.Domain.Conferences;

namespace CaseConference.Contracts.Conferences;

/// <summary>
/// One case conference (sidang KK), keyed by its id: plan (KK5/KK6), participants (KK1), agenda
/// and case summaries (KK4), attendance and opening (KK8, KK2), minutes (KK3), decisions (KK9),
/// close and seal (KK7, KK10), post-KK summaries (KK11). Every change is a numbered event (LV1).
/// </summary>
public interface IConferenceGrain : IGrainWithGuidKey, IEventFeed
{
    Task<ConferenceSnapshot> PlanRegular(Caller caller, DateTimeOffset start);

    /// <summary>KK5: the panti's schedule plans the next occurrence of its fixed recurrence.</summary>
    Task<ConferenceSnapshot> PlanScheduled(Guid pantiId, DateTimeOffset start);

    Task<ConferenceSnapshot> RequestUrgent(Caller caller, DateTimeOffset start, string reason);

    Task ApproveUrgent(Caller caller, bool waivePreCirculation);

    Task Invite(Caller caller, Guid staffId, Capacity capacity);

    Task NameDeputySecretary(Caller caller, Guid deputyId);

    Task<Guid> AddAgendaItem(Caller caller, Guid clientId, AgendaPurpose purpose, string? note);

    /// <summary>RV2: the schedule adds a client due for review; false when the KK cannot take it.</summary>
    Task<bool> ScheduleReview(Guid pantiId, Guid clientId);

    /// <summary>FM5: the schedule adds a force majeure in force; false when the KK cannot take it.</summary>
    Task<bool> ScheduleForceMajeure(Guid pantiId, Guid forceMajeureId, Guid clientId);

    Task SubmitCaseSummary(Caller caller, Guid itemId, string text);

    Task AcknowledgeCaseSummary(Caller caller, Guid itemId);

    Task RecordAttendance(Caller caller, Guid staffId, AttendanceMode mode, string? detail);

    /// <summary>KK8: attendance for many people in one change, all or nothing.</summary>
    Task RecordAttendanceOfMany(Caller caller, List<AttendanceEntry> entries);

    /// <summary>KK8/KK2/KK4: quorum, chair in turn and late items before opening (followers).</summary>
    Task<SessionReadiness> Readiness(Caller caller);

    Task Open(Caller caller, List<LateItemRuling> lateItemRulings);

    Task<MinuteEntry> RecordMinute(Caller caller, string text);

    Task<MinuteEntry> AmendMinute(Caller caller, int amendedNumber, string text);

    Task RecordDecision(Caller caller, Guid itemId, Decision decision);

    /// <summary>KK7 + KK10: closes the session and seals it into the panti's chain.</summary>
    Task Close(Caller caller);

    Task Cancel(Caller caller, string reason);

    Task FileSummary(Caller caller, Guid clientId, string text);

    /// <summary>LV1: the whole conference and the number of its last event, for participants only.</summary>
    Task<ConferenceSnapshot> Snapshot(Caller caller);

    /// <summary>KK10: recomputes the seal from what storage holds now and compares it with the chain.</summary>
    Task<SealCheck> VerifySeal(Caller caller);

    /// <summary>
    /// RV2/FM5: where the KK stands, for the panti's schedule, which asks rather than rely only on
    /// change notices a crash may have lost.
    /// </summary>
    [AlwaysInterleave]
    Task<ConferenceSlot> Slot(Guid pantiId);

    /// <summary>LV1: may this staff member follow the conference's events?</summary>
    [AlwaysInterleave]
    Task<bool> IsFollower(Guid pantiId, Guid staffId);

    /// <summary>CL6: participants may read a client's record while it is on this open agenda.</summary>
    [AlwaysInterleave]
    Task<bool> GrantsCaseRecordRead(Guid staffId, Guid clientId);
}

[GenerateSerializer, Immutable]
public sealed record ConferenceSnapshot(
    [property: Id(0)] Conference Conference,
    [property: Id(1)] long Version,
    [property: Id(2)] Guid PantiId);

[GenerateSerializer, Immutable]
public sealed record SealCheck(
    [property: Id(0)] bool Intact,
    [property: Id(1)] string? Problem,
    [property: Id(2)] string? StoredHash,
    [property: Id(3)] string? RecomputedHash);
