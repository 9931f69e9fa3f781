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
    /// <summary>
    /// KK5: plan the regular KK of a slot under one of the slot's ids (<see cref="ScheduledConferenceId"/>).
    /// If this id already holds the panti's regular KK on that slot, it is answered, not doubled; an
    /// id held by anything else, or by a cancelled KK (which frees its slot), is "not found", and the
    /// caller tries the slot's next id.
    /// </summary>
    [Idempotent]
    Task<RegularPlanned> PlanRegular(Caller caller, DateTimeOffset start);

    /// <summary>KK5: the panti's schedule plans the next occurrence of its fixed recurrence.</summary>
    Task<ConferenceSnapshot> PlanScheduled(Guid pantiId, DateTimeOffset start);

    [Idempotent]
    Task<ConferenceSnapshot> RequestUrgent(Caller caller, DateTimeOffset start, string reason);

    /// <summary>RV2: the schedule adds a client due for review; false when the KK cannot take it.</summary>
    Task<bool> ScheduleReview(Guid pantiId, Guid clientId);

    /// <summary>
    /// FM5: the schedule adds a force majeure in force (FM3: or one rejected, for discussion); false
    /// when the KK cannot take it.
    /// </summary>
    Task<bool> ScheduleForceMajeure(Guid pantiId, Guid forceMajeureId, Guid clientId, bool forDiscussion);

    // Every command of a participant carries the caller's If-Match, compared in the turn that makes
    // the change (after the tenant and participant checks, so a foreign id is never a 412), and
    // answers the version it left the KK at: one grain call per command.

    [Idempotent]
    Task<long> ApproveUrgent(Caller caller, IfMatch ifMatch, bool waivePreCirculation);

    [Idempotent]
    Task<long> Invite(Caller caller, IfMatch ifMatch, Guid staffId, Capacity capacity);

    [Idempotent]
    Task<long> NameDeputySecretary(Caller caller, IfMatch ifMatch, Guid deputyId);

    [Idempotent]
    Task<Versioned<Guid>> AddAgendaItem(Caller caller, IfMatch ifMatch, Guid clientId,
        AgendaPurpose purpose, string? note);

    [Idempotent]
    Task<long> SubmitCaseSummary(Caller caller, IfMatch ifMatch, Guid itemId, string text);

    [Idempotent]
    Task<long> AcknowledgeCaseSummary(Caller caller, IfMatch ifMatch, Guid itemId);

    [Idempotent]
    Task<long> RecordAttendance(Caller caller, IfMatch ifMatch, Guid staffId, AttendanceMode mode, string? detail);

    /// <summary>KK8: attendance for many people in one change, all or nothing.</summary>
    [Idempotent]
    Task<long> RecordAttendanceOfMany(Caller caller, IfMatch ifMatch, List<AttendanceEntry> entries);

    /// <summary>KK8/KK2/KK4: quorum, chair in turn and late items before opening (followers).</summary>
    Task<SessionReadiness> Readiness(Caller caller);

    [Idempotent]
    Task<long> Open(Caller caller, IfMatch ifMatch, List<LateItemRuling> lateItemRulings);

    /// <summary>
    /// KK3. With an idempotency key, a retry answers the entry the key first wrote (and the version
    /// after it) and writes nothing; the same key with another text is refused (idempotency_key_reused).
    /// </summary>
    Task<Versioned<MinuteEntry>> RecordMinute(Caller caller, IfMatch ifMatch, string text,
        string? idempotencyKey = null);

    Task<Versioned<MinuteEntry>> AmendMinute(Caller caller, IfMatch ifMatch, int amendedNumber, string text,
        string? idempotencyKey = null);

    /// <summary>
    /// KK3: a page of older entries, up to <paramref name="limit"/> numbered below <paramref name="before"/>, oldest
    /// first.
    /// </summary>
    Task<IReadOnlyList<MinuteEntry>> MinutesBefore(Caller caller, int before, int limit);

    [Idempotent]
    Task<long> RecordDecision(Caller caller, IfMatch ifMatch, Guid itemId, Decision decision);

    /// <summary>KK7 + KK10: closes the session and seals it into the panti's chain.</summary>
    [Idempotent]
    Task<long> Close(Caller caller, IfMatch ifMatch);

    [Idempotent]
    Task<long> Cancel(Caller caller, IfMatch ifMatch, string reason);

    [Idempotent]
    Task<long> FileSummary(Caller caller, IfMatch ifMatch, Guid clientId, string text);

    /// <summary>
    /// LV1: the conference (with its last <see cref="ConferenceSnapshot.LatestMinutes"/> minutes
    /// entries; older ones through <see cref="MinutesBefore"/>) and the number of its last event, for
    /// participants and the pimpinan. CL6: each client's case content only when the caller may read that client's
    /// record
    /// now (otherwise withheld); every such decision is audited.
    /// </summary>
    Task<ConferenceSnapshot> Snapshot(Caller caller);

    /// <summary>LV1: the number of the last event (the ETag), for those who may follow; nothing confidential.</summary>
    Task<long> Version(Caller caller);

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

/// <summary>
/// A KK as read, with its version; <see cref="MinuteCount"/> and <see cref="AmendmentCount"/> count all its entries, of
/// which the conference carries the last ones.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ConferenceSnapshot(
    [property: Id(0)] Conference Conference,
    [property: Id(1)] long Version,
    [property: Id(2)] Guid PantiId,
    [property: Id(3)] int MinuteCount = 0,
    [property: Id(4)] int AmendmentCount = 0)
{
    /// <summary>How many minutes entries a snapshot carries at most (the last ones).</summary>
    public const int LatestMinutes = 50;
}

/// <summary>KK5: the slot's regular KK, and whether this request created it (one regular KK per slot).</summary>
[GenerateSerializer, Immutable]
public sealed record RegularPlanned(
    [property: Id(0)] ConferenceSnapshot Snapshot,
    [property: Id(1)] bool Created);

[GenerateSerializer, Immutable]
public sealed record SealCheck(
    [property: Id(0)] bool Intact,
    [property: Id(1)] string? Problem,
    [property: Id(2)] string? StoredHash,
    [property: Id(3)] string? RecomputedHash);
