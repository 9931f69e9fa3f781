using System.Text.Json;
using CaseConference.Contracts;
using CaseConference.Contracts.Events;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace CaseConference.Grains.Events;

/// <summary>
/// Numbers a grain's events, keeps them in the grain's state and pushes them to subscribed
/// observers. The caller persists the log with the rest of its state before
/// <see cref="PublishAsync"/>, so an event is never pushed that a restart would forget.
/// </summary>
public sealed class EventFeed(string name, List<FeedEvent> log, int retain, ILogger logger)
{
    // The wire's JSON options: camelCase, enums by name, as everywhere else the browser reads.
    private static readonly JsonSerializerOptions Json = WireSerialization.Json;
    private readonly ObserverManager<IFeedObserver> observers = new(FeedSubscription.Expiry, logger);
    private readonly List<FeedEvent> unpublished = [];

    public long LastSequence => log.Count == 0 ? 0 : log[^1].Sequence;

    /// <summary>Appends an event to the log; it is pushed by the next <see cref="PublishAsync"/>.</summary>
    public FeedEvent Append(object change, DateTimeOffset at)
    {
        var e = new FeedEvent(LastSequence + 1, at, change.GetType().Name, JsonSerializer.Serialize(change, change.GetType(), Json));
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

        IReadOnlyList<FeedEvent> batch = [.. unpublished];
        unpublished.Clear();
        return observers.Notify(o => o.OnEvents(name, batch));
    }

    /// <summary>Follows the log as read again from storage; subscribers stay subscribed.</summary>
    public void Reload(List<FeedEvent> stored)
    {
        log = stored;
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

    public Task<IReadOnlyList<FeedEvent>> Since(long sequence) => Task.FromResult<IReadOnlyList<FeedEvent>>([.. log.Where(e => e.Sequence > sequence)]);
}
