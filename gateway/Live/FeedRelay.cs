using System.Collections.Concurrent;
using CaseConference.Contracts.Events;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Live;

/// <summary>
/// Grain feeds to one hub's SignalR groups (group name = feed name), with ONE observer
/// subscription per feed per gateway, however many browsers follow it. A timer renews every
/// subscription well inside <see cref="FeedSubscription.Expiry"/>, which also re-subscribes after a
/// silo restart lost the grain's observer list, and drops feeds nobody here follows any more.
/// </summary>
public sealed class FeedRelay<THub>(
    IClusterClient cluster, IHubContext<THub> hub, IOptions<LiveOptions> options, ILogger<FeedRelay<THub>> logger)
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
                followed = new FollowedFeed(feed, grain, e => hub.Clients.Group(feed).SendAsync("event", feed, e, stopping),
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
        using var timer = new PeriodicTimer(options.Value.Renewal);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RenewAll();
            }
        }
        catch (OperationCanceledException)
        {
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

    internal async Task RenewAll()
    {
        await gate.WaitAsync();
        try
        {
            foreach (var followed in feeds.Values)
            {
                try
                {
                    if (followed.HasConnections)
                    {
                        await followed.Grain.Subscribe(followed.Reference!);
                        await followed.CatchUp();
                    }
                    else
                    {
                        await Drop(followed);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Renewing the subscription to {Feed} failed; retrying on the next tick", followed.Name);
                }
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
