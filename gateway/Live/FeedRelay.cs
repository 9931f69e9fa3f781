using System.Collections.Concurrent;
using CaseConference.Contracts.Events;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Live;

/// <summary>
/// Grain feeds to one hub's SignalR groups (group name = feed name), with ONE observer
/// subscription per feed per gateway, however many browsers follow it. Every
/// <see cref="LiveOptions.Renewal"/> (seconds, not the grain's expiry) each subscription is
/// renewed and caught up from the grain's log: a grain that reactivated after its silo died, or
/// after a failed call dropped its activation, has forgotten its observers, and this brings them
/// back within seconds. When this gateway's silo connections change (<see cref="ClusterChanges"/>)
/// the renewal runs at once, and after a failure every <see cref="LiveOptions.RecoveryRetry"/>
/// until it succeeds. Each round ends with a heartbeat, <c>heartbeat(feed, version)</c>, so a
/// browser that fell behind sees it without waiting for the next event.
/// </summary>
public sealed class FeedRelay<THub>(
    IClusterClient cluster, IHubContext<THub> hub, IOptions<LiveOptions> options, ClusterChanges changes,
        ILogger<FeedRelay<THub>> logger)
    : BackgroundService where THub : Hub
{
    private readonly ConcurrentDictionary<string, FollowedFeed> feeds = new();
    private readonly SemaphoreSlim gate = new(1, 1);
    private CancellationToken stopping;

    /// <summary>Follows the feed (subscribing once) on behalf of a connection.</summary>
    public async Task Follow(string feed, IEventFeed grain, string connectionId)
    {
        await gate.WaitAsync();
        try
        {
            if (!feeds.TryGetValue(feed, out var followed))
            {
                followed = new FollowedFeed(feed, grain,
                    e => hub.Clients.Group(feed).SendAsync("event", feed, LiveEvent.From(e), stopping),
                    options.Value.BufferPerFeed, logger);
                followed.Reference = cluster.CreateObjectReference<IFeedObserver>(followed);
                await grain.Subscribe(followed.Reference);
                followed.Start(stopping);
                feeds[feed] = followed;
            }

            followed.Add(connectionId);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The version a joining browser was given: catch-up starts there even before the first event.</summary>
    public void Seen(string feed, long version)
    {
        if (feeds.TryGetValue(feed, out var followed))
        {
            followed.Seen(version);
        }
    }

    public void Leave(string feed, string connectionId)
    {
        if (feeds.TryGetValue(feed, out var followed))
        {
            followed.Remove(connectionId);
        }
    }

    public void LeaveAll(string connectionId)
    {
        foreach (var followed in feeds.Values)
        {
            followed.Remove(connectionId);
        }
    }

    /// <summary>The feeds this gateway holds a grain subscription to: one each, however many browsers follow.</summary>
    public IReadOnlyCollection<string> Subscriptions => [.. feeds.Keys];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stopping = stoppingToken;
        var wait = options.Value.Renewal;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.WhenAny(Task.Delay(wait, stoppingToken), changes.Next);
                stoppingToken.ThrowIfCancellationRequested();
                wait = await RenewAll() ? options.Value.Renewal : options.Value.RecoveryRetry;
                await Heartbeat();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        foreach (var followed in feeds.Values)
        {
            await Drop(followed);
        }
    }

    /// <summary>Renews every followed feed at once; true when every renewal succeeded.</summary>
    internal async Task<bool> RenewAll()
    {
        var results = await Task.WhenAll(feeds.Values.Select(Renew));
        return results.All(ok => ok);
    }

    private async Task<bool> Renew(FollowedFeed followed)
    {
        try
        {
            if (!followed.HasConnections)
            {
                await DropIfUnfollowed(followed);
                return true;
            }

            await followed.Grain.Subscribe(followed.Reference!);
            await followed.CatchUp();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            logger.LogWarning("Renewing the subscription to {Feed} failed ({Reason}); retrying in {Retry}",
                followed.Name, e.Message, options.Value.RecoveryRetry);
            return false;
        }
    }

    private async Task Heartbeat()
    {
        foreach (var followed in feeds.Values)
        {
            if (followed.HasConnections && followed.Version is { } version)
            {
                await hub.Clients.Group(followed.Name).SendAsync("heartbeat", followed.Name, version, stopping);
            }
        }
    }

    private async Task DropIfUnfollowed(FollowedFeed followed)
    {
        // Under the gate, so a browser that follows at this moment is not left on a dropped feed.
        await gate.WaitAsync();
        try
        {
            if (!followed.HasConnections)
            {
                await Drop(followed);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task Drop(FollowedFeed followed)
    {
        // Renewal and shutdown may both drop a feed; only the one that removes it cleans up.
        if (!feeds.TryRemove(new KeyValuePair<string, FollowedFeed>(followed.Name, followed)))
        {
            return;
        }

        followed.Complete();
        try
        {
            await followed.Grain.Unsubscribe(followed.Reference!);
            cluster.DeleteObjectReference<IFeedObserver>(followed.Reference!);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Best effort: the grain forgets an observer that is not renewed, and the client's
            // reference goes with the process.
            logger.LogDebug(e, "Unsubscribing from {Feed} failed", followed.Name);
        }
    }
}
