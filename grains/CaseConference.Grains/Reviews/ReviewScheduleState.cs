using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Events;
using CaseConference.Domain.Conferences;

namespace CaseConference.Grains.Reviews;

[GenerateSerializer]
public sealed class ReviewScheduleState
{
    [Id(0)] public Dictionary<Guid, ClientFacts> Clients { get; set; } = [];

    [Id(1)] public Dictionary<Guid, ConferenceSlot> Conferences { get; set; } = [];

    /// <summary>FM5: force majeures in force waiting for a KK agenda, by id, with their client.</summary>
    [Id(2)] public Dictionary<Guid, Guid> ForceMajeuresAwaitingAgenda { get; set; } = [];

    [Id(3)] public List<FeedEvent> Events { get; set; } = [];

    /// <summary>A hash of the last schedule published, to publish only changes (LV2).</summary>
    [Id(4)] public string? PublishedFingerprint { get; set; }

    /// <summary>Ended KKs whose clients' facts were read again after the session (RV1, RV2).</summary>
    [Id(5)] public HashSet<Guid> ReconciledConferences { get; set; } = [];

    /// <summary>FM3: those of <see cref="ForceMajeuresAwaitingAgenda"/> rejected by an objection, for discussion.</summary>
    [Id(6)] public HashSet<Guid> ForceMajeuresForDiscussion { get; set; } = [];
}
