using System.Threading.Channels;
using CaseConference.Contracts.Events;

namespace CaseConference.Gateway.Live;

/// <summary>
/// This gateway's one subscription to one grain feed, shared by every browser here that follows
/// it. The grain calls <see cref="OnEvents"/> (one call at a time per observer), which only puts
/// events into a bounded channel and returns, so the grain never waits on a browser. A pump sends
/// them to the SignalR group in sequence order; a gap (a dropped push, a full buffer, a missed
/// renewal after a restart) is filled from the grain's log before anything later is sent.
/// </summary>
internal sealed class FollowedFeed(string name, IEventFeed grain, Func<FeedEvent, Task> send, int capacity,
    ILogger logger) : IFeedObserver
{
    private readonly Channel<FeedEvent> buffer = Channel.CreateBounded<FeedEvent>(new BoundedChannelOptions(capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    private readonly HashSet<string> connections = [];
    private long lastSent = -1;
    private long seen = -1;
    private Task? pump;

    public string Name => name;

    public IEventFeed Grain => grain;

    public IFeedObserver? Reference { get; set; }

    public bool HasConnections
    {
        get
        {
            lock (connections)
            {
                return connections.Count > 0;
            }
        }
    }

    public void Add(string connectionId)
    {
        lock (connections)
        {
            connections.Add(connectionId);
        }
    }

    public bool Remove(string connectionId)
    {
        lock (connections)
        {
            return connections.Remove(connectionId);
        }
    }

    public void Start(CancellationToken stopping) => pump = Task.Run(() => PumpAsync(stopping), CancellationToken.None);

    public void Complete() => buffer.Writer.TryComplete();

    public Task Stopped => pump ?? Task.CompletedTask;

    /// <summary>
    /// The version a joining browser's snapshot had. Until the first event is sent it is where
    /// catch-up starts; the lowest one counts, so no browser that joined is left behind.
    /// </summary>
    public void Seen(long version)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref seen);
            if (current >= 0 && current <= version)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref seen, version, current) != current);
    }

    /// <summary>The last version sent to (or seen by) this feed's browsers; null before any is known.</summary>
    public long? Version
    {
        get
        {
            var known = Math.Max(Interlocked.Read(ref lastSent), Interlocked.Read(ref seen));
            return known >= 0 ? known : null;
        }
    }

    /// <summary>
    /// After a renewal: events the grain logged while it had forgotten this observer (its silo
    /// died, or its activation was dropped) go through the pump like pushed ones; duplicates are
    /// dropped there, and browsers drop any they already have.
    /// </summary>
    public async Task CatchUp()
    {
        var last = Interlocked.Read(ref lastSent);
        if (last < 0)
        {
            last = Interlocked.Read(ref seen);
        }

        if (last >= 0)
        {
            await OnEvents(name, await grain.EventsSince(last));
        }
    }

    public Task OnEvents(string feed, IReadOnlyList<FeedEvent> events)
    {
        foreach (var e in events)
        {
            // A full buffer drops the event here; the pump notices the gap and reads it from the grain.
            buffer.Writer.TryWrite(e);
        }

        return Task.CompletedTask;
    }

    private async Task PumpAsync(CancellationToken stopping)
    {
        try
        {
            await foreach (var e in buffer.Reader.ReadAllAsync(stopping))
            {
                try
                {
                    await Deliver(e);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Browsers detect the missing number and fetch a snapshot; the relay keeps going.
                    logger.LogWarning(ex, "Relaying event {Sequence} of {Feed} failed", e.Sequence, name);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task Deliver(FeedEvent e)
    {
        if (e.Sequence <= lastSent)
        {
            return;
        }

        var from = lastSent >= 0 ? lastSent : Interlocked.Read(ref seen);
        if (from >= 0 && e.Sequence > from + 1)
        {
            foreach (var missed in await grain.EventsSince(from))
            {
                await SendOne(missed);
            }

            return;
        }

        await SendOne(e);
    }

    private async Task SendOne(FeedEvent e)
    {
        if (e.Sequence <= lastSent)
        {
            return;
        }

        await send(e);
        Interlocked.Exchange(ref lastSent, e.Sequence);
    }
}
