using CaseConference.Contracts.Events;
using CaseConference.Domain.Conferences;

namespace CaseConference.Grains.Conferences;

[GenerateSerializer]
public sealed class ConferenceGrainState
{
    [Id(0)] public Guid? PantiId { get; set; }

    [Id(1)] public Conference? Conference { get; set; }

    /// <summary>LV1: every event of the session, numbered from 1.</summary>
    [Id(2)] public List<FeedEvent> Events { get; set; } = [];
}
