using System.Text.Json;
using CaseConference.Contracts;
using CaseConference.Contracts.Events;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace CaseConference.Grains.Events;

/// <summary>
/// Numbers a grain's events, keeps the last <c>retain</c> of them in memory and pushes them to
/// subscribed observers. The caller persists the events (with its state, or as rows of their own)
/// before <see cref="PublishAsync"/>, so an event is never pushed that a restart would forget.
/// With <c>older</c>, a catch-up from before the kept tail reads the events from storage.
/// </summary>
public sealed class EventFeed(
    string name, List<FeedEvent> log, int retain, ILogger logger,
    long floor = 0, Func<long, Task<IReadOnlyList<FeedEvent>>>? older = null)
{
    // The wire's JSON options: camelCase, enums by name, as everywhere else the browser reads.
    private static readonly JsonSerializerOptions Json = WireSerialization.Json;
    private readonly ObserverManager<IFeedObserver> observers = new(FeedSubscription.Expiry, logger);
    private readonly List<FeedEvent> unpublished = [];

    public long LastSequence => log.Count == 0 ? floor : log[^1].Sequence;

    /// <summary>How many events memory holds.</summary>
    public int Kept => log.Count;

    /// <summary>Appends an event to the log; it is pushed by the next <see cref="PublishAsync"/>.</summary>
    public FeedEvent Append(object change, DateTimeOffset at)
    {
        var e = new FeedEvent(LastSequence + 1, at, change.GetType().Name,
            JsonSerializer.Serialize(change, change.GetType(), Json));
        log.Add(e);
        if (log.Count > retain)
        {
            log.RemoveRange(0, log.Count - retain);
        }

        unpublished.Add(e);
        return e;
    }

    /// <summary>Pushes the events appended since the last call. Call after the state is written.</summary>
    public Task PublishAsync()
    {
        if (unpublished.Count == 0)
        {
            return Task.CompletedTask;
        }

        // An array, not a collection expression typed as the interface: the compiler's own list type
        // has no codec, so Orleans searched for one again on every send (issue 9's profile).
        var batch = unpublished.ToArray();
        unpublished.Clear();
        return observers.Notify(o => o.OnEvents(name, batch));
    }

    /// <summary>Follows the log as read again from storage; subscribers stay subscribed.</summary>
    public void Reload(List<FeedEvent> stored, long storedFloor = 0)
    {
        log = stored;
        floor = storedFloor;
        unpublished.Clear();
    }

    public Task Subscribe(IFeedObserver observer)
    {
        observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IFeedObserver observer)
    {
        observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedEvent>> Since(long sequence)
    {
        var kept = log.Count == 0 ? floor + 1 : log[0].Sequence;
        return older is not null && sequence + 1 < kept && sequence < LastSequence
            ? older(sequence)
            : Task.FromResult<IReadOnlyList<FeedEvent>>(log.Where(e => e.Sequence > sequence).ToArray());
    }
}
