using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Events;
using CaseConference.Domain.Conferences;

namespace CaseConference.Grains.Reviews;

/// <summary>
/// The schedule's own snapshot (issue 9): small, whatever the number of clients. Its clients are
/// rows of review_schedule_clients, and its one event lives in memory (see ReviewScheduleGrain.Storage).
/// </summary>
[GenerateSerializer]
public sealed class ReviewScheduleState
{
    /// <summary>
    /// Only in state written before review_schedule_clients; moved to rows on activation, then empty.
    /// </summary>
    [Id(0)] public Dictionary<Guid, ClientFacts> Clients { get; set; } = [];

    [Id(1)] public Dictionary<Guid, ConferenceSlot> Conferences { get; set; } = [];

    /// <summary>FM5: force majeures in force waiting for a KK agenda, by id, with their client.</summary>
    [Id(2)] public Dictionary<Guid, Guid> ForceMajeuresAwaitingAgenda { get; set; } = [];

    /// <summary>Only in state written before the schedule kept its event in memory; empty after activation.</summary>
    [Id(3)] public List<FeedEvent> Events { get; set; } = [];

    /// <summary>A hash of the last schedule published, to publish only changes (LV2).</summary>
    [Id(4)] public string? PublishedFingerprint { get; set; }

    /// <summary>Ended KKs whose clients' facts were read again after the session (RV1, RV2).</summary>
    [Id(5)] public HashSet<Guid> ReconciledConferences { get; set; } = [];

    /// <summary>
    /// FM3: those of <see cref="ForceMajeuresAwaitingAgenda"/> rejected by an objection, for discussion.
    /// </summary>
    [Id(6)] public HashSet<Guid> ForceMajeuresForDiscussion { get; set; } = [];

    /// <summary>The number of the last ScheduleChanged published (LV2): the schedule's version.</summary>
    [Id(7)] public long Version { get; set; }

    /// <summary>When that event was published, so that it can be given again after a reactivation.</summary>
    [Id(8)] public DateTimeOffset? PublishedAt { get; set; }
}
