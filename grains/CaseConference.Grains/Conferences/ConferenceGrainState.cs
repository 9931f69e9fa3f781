using System.Text.Json.Serialization;
using CaseConference.Contracts.Events;
using CaseConference.Domain.Conferences;
using CaseConference.Grains.Infrastructure;

namespace CaseConference.Grains.Conferences;

/// <summary>
/// A KK's snapshot in orleans_grain_state: everything but its minutes entries and events, which
/// are rows of their own (<see cref="CaseConference.Storage.IConferenceLog"/>). Written only by
/// commands that change more than the minutes, so its size and its cost do not grow with them.
/// </summary>
[GenerateSerializer]
public sealed class ConferenceGrainState
{
    [Id(0)] public Guid? PantiId { get; set; }

    /// <summary>The KK in memory, with every minutes entry; stored as <see cref="Stored"/>.</summary>
    [Id(1), JsonIgnore] public Conference? Conference { get; set; }

    /// <summary>
    /// The KK as stored: without its entries. State written before the entries had rows holds them
    /// here; the grain moves them to their table when it activates.
    /// </summary>
    [JsonPropertyName("conference"), JsonInclude]
    internal Conference? Stored
    {
        get => Conference?.WithLastMinutes(0);
        set => Conference = value;
    }

    /// <summary>The number of the last event when this snapshot was written.</summary>
    [Id(2)] public long Version { get; set; }

    /// <summary>
    /// The events of the command that wrote this snapshot. The snapshot is written before their
    /// rows, so a crash between the two leaves them here, and activation appends what is missing.
    /// </summary>
    [Id(3)] public List<FeedEvent> Pending { get; set; } = [];

    /// <summary>Every event, as state held them before conference_events; moved to it on activation.</summary>
    [Id(4)] public List<FeedEvent> Events { get; set; } = [];

    /// <summary>
    /// Issue 9: the keys of recent changes (not minutes entries) and their answers, written with the changes.
    /// </summary>
    [Id(5)] public IdempotentMemory Idempotency { get; set; } = new();

    /// <summary>Issue 9: what the last commands must still do in other grains, written with their change.</summary>
    [Id(6)] public Outbox<ConferenceFollowOn> FollowOns { get; set; } = new();
}
