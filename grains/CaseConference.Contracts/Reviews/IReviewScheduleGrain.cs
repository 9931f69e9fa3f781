using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Events;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Reviews;

namespace CaseConference.Contracts.Reviews;

/// <summary>
/// One panti's schedule, keyed by the panti id: review due dates (RV1), automatic agenda placement
/// of due clients (RV2) and of force majeures in force (FM5), overdue escalation (RV3), the ordered
/// list of reviews and upcoming KKs (RV4), and the regular KKs of the fixed schedule (KK5). A
/// reminder plans again periodically, so nothing depends on a message that a crash may have lost.
/// Clients, conferences and force majeures tell it their facts one way; it never waits on them
/// while they wait on it.
/// </summary>
public interface IReviewScheduleGrain : IGrainWithGuidKey, IEventFeed
{
    [OneWay]
    Task ClientChanged(ClientFacts facts);

    [OneWay]
    Task ConferenceChanged(ConferenceSlot slot);

    /// <summary>
    /// FM5: answered once the fact is written, so a force majeure in force is never lost on its
    /// way to an agenda (the force majeure's <c>ScheduledOn</c> interleaves, so this cannot deadlock).
    /// FM3: one rejected by an objection goes to the next KK the same way, <paramref name="forDiscussion"/>.
    /// </summary>
    Task ForceMajeureAwaitingAgenda(Guid forceMajeureId, Guid clientId, bool forDiscussion);

    Task ForceMajeureResolved(Guid forceMajeureId);

    /// <summary>Plans now: regular KKs, due reviews and force majeures onto agendas.</summary>
    Task Replan();

    Task<ScheduleView> View(Caller caller);

    /// <summary>
    /// The facts of every client of the panti (name, register number, stage, responsible peksos,
    /// last review): what the client list filters, sorts and pages. Not the confidential record.
    /// </summary>
    Task<List<ClientFacts>> ClientFacts(Caller caller);

    /// <summary>
    /// Issue 9: the view only when it is not the build <paramref name="knownBuild"/> the caller holds
    /// already (a gateway keeps a build's serialized bytes and sends them again while it stands).
    /// </summary>
    Task<ScheduleRead> Read(Caller caller, Guid knownBuild);
}

/// <summary>
/// A read of the schedule: the build of its view, its version, and the view unless the caller has that build.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ScheduleRead(
    [property: Id(0)] Guid Build,
    [property: Id(1)] long Version,
    [property: Id(2)] ScheduleView? View);

/// <summary>RV4: the ordered schedule, the reviews behind it (RV3: overdue ones escalated), and its version.</summary>
[GenerateSerializer, Immutable]
public sealed record ScheduleView(
    [property: Id(0)] List<ScheduleEntry> Entries,
    [property: Id(1)] List<ClientReview> Reviews,
    [property: Id(2)] List<Guid> OverdueEscalated,
    [property: Id(3)] List<Guid> UnplacedClients,
    [property: Id(4)] Dictionary<Guid, string> ClientNames,
    [property: Id(5)] long Version,
    [property: Id(6)] Dictionary<Guid, string>? RegisterNumbers = null);
