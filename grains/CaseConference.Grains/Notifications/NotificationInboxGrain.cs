using System.Text.Json;
using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Events;
using CaseConference.Contracts.Notifications;
using CaseConference.Domain;
using CaseConference.Domain.Notifications;
using CaseConference.Grains.Events;
using CaseConference.Storage;
using Microsoft.Extensions.Logging;

namespace CaseConference.Grains.Notifications;

/// <summary>
/// One person's inbox. Memory holds the open notifications by key (a source's and its thing's);
/// every change is one write of its rows and events (<see cref="INotificationStore"/>), then a push.
/// </summary>
public sealed class NotificationInboxGrain(INotificationStore store, TimeProvider clock,
    ILogger<NotificationInboxGrain> logger)
    : Grain, INotificationInboxGrain
{
    private const int KeptEvents = 64;

    private static readonly JsonSerializerOptions Json = WireSerialization.Json;

    private readonly Dictionary<string, Notification> open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> appliedAsOf = new(StringComparer.Ordinal);
    private Guid pantiId;
    private Guid staffId;
    private EventFeed? feed;

    private EventFeed Feed => feed ?? throw new InvalidOperationException("The feed is set up on activation.");

    private int Unread => open.Values.Count(n => n.IsUnread);

    /// <summary>Microseconds, as PostgreSQL keeps them, so memory and rows agree.</summary>
    private DateTimeOffset Now
    {
        get
        {
            var now = clock.GetUtcNow().ToUniversalTime();
            return now.AddTicks(-(now.Ticks % 10));
        }
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString().Split('/');
        (pantiId, staffId) = (Guid.Parse(key[0]), Guid.Parse(key[1]));
        foreach (var row in await store.OpenAsync(pantiId, staffId, cancellationToken))
        {
            open[row.Key] = FromRow(row);
        }

        var tail = (await store.LastEventsAsync(pantiId, staffId, KeptEvents, cancellationToken))
            .Select(e => new FeedEvent(e.Sequence, e.At, e.Kind, e.Json)).ToList();
        feed = new EventFeed(InboxKey.Feed(pantiId, staffId), tail, KeptEvents, logger, 0, OlderEvents);
    }

    public async Task Sync(Guid pantiId, string source, DateTimeOffset asOf, List<NotificationSpec> notifications)
    {
        if (pantiId != this.pantiId || (appliedAsOf.TryGetValue(source, out var applied) && applied > asOf))
        {
            return; // TN1: never told by another panti; a late statement is behind one applied
        }

        appliedAsOf[source] = asOf;
        var wanted = new Dictionary<string, NotificationSpec>(StringComparer.Ordinal);
        foreach (var spec in notifications.Where(n => n.StaffId == staffId))
        {
            wanted.TryAdd($"{source}/{spec.Key}", spec);
        }

        await DropWhatMayNotBeKnown(wanted);
        var cleared = open.Where(o => o.Key.StartsWith(source + "/", StringComparison.Ordinal)
            && !wanted.ContainsKey(o.Key)).ToList();
        var fresh = wanted.Where(w => !open.ContainsKey(w.Key)).ToList();
        if (fresh.Count > 0)
        {
            // Nothing is sent twice: a key raised before and cleared since stays cleared.
            var known = await store.KnownKeysAsync(pantiId, staffId, [.. fresh.Select(f => f.Key)]);
            fresh.RemoveAll(f => known.Contains(f.Key));
        }

        if (cleared.Count == 0 && fresh.Count == 0)
        {
            return;
        }

        var now = Now;
        var raised = fresh.Select(f => (f.Key, Notification: new Notification(
            Guid.NewGuid(), f.Value.Kind, f.Value.Target, f.Value.DueAt, now, null, null))).ToList();
        var unread = Unread - cleared.Count(c => c.Value.IsUnread);
        var events = new List<FeedEvent>();
        foreach (var (key, n) in cleared)
        {
            events.Add(Feed.Append(new NotificationCleared(n.Id, unread, now), now));
        }

        foreach (var (key, n) in raised)
        {
            events.Add(Feed.Append(new NotificationRaised(n, ++unread, now), now));
        }

        await store.WriteAsync(pantiId, staffId, new InboxWrite(
            [.. raised.Select(r => ToRow(r.Key, r.Notification))], [.. cleared.Select(c => c.Value.Id)], [], now,
                [.. events.Select(ToRow)]));
        foreach (var (key, _) in cleared)
        {
            open.Remove(key);
        }

        foreach (var (key, n) in raised)
        {
            open[key] = n;
        }

        await Feed.PublishAsync();
    }

    public async Task<InboxPage> Page(Caller caller, bool includeCleared, int offset, int limit)
    {
        RequireOwner(caller);
        var (rows, total) = await store.PageAsync(pantiId, staffId, includeCleared, offset, limit);
        return new InboxPage([.. rows.Select(FromRow)], total, Unread, Feed.LastSequence);
    }

    public async Task<InboxPage> MarkRead(Caller caller, Guid? notificationId)
    {
        RequireOwner(caller);
        var reading =
            open.Where(o => o.Value.IsUnread && (notificationId is null || o.Value.Id == notificationId)).ToList();
        if (reading.Count > 0)
        {
            var now = Now;
            var ids = reading.Select(r => r.Value.Id).ToList();
            var e = Feed.Append(new NotificationsRead(ids, Unread - reading.Count, now), now);
            await store.WriteAsync(pantiId, staffId, new InboxWrite([], [], ids, now, [ToRow(e)]));
            foreach (var (key, n) in reading)
            {
                open[key] = n with { ReadAt = now };
            }

            await Feed.PublishAsync();
        }

        return await Page(caller, includeCleared: false, 0, 20);
    }

    public Task Subscribe(IFeedObserver observer) => Feed.Subscribe(observer);

    public Task Unsubscribe(IFeedObserver observer) => Feed.Unsubscribe(observer);

    public Task<IReadOnlyList<FeedEvent>> EventsSince(long sequence) => Feed.Since(sequence);

    /// <summary>
    /// CL6: a notification naming a client reaches only someone who may read that client's record
    /// now; one that may no longer be known is not kept either (it clears like a done one).
    /// </summary>
    private async Task DropWhatMayNotBeKnown(Dictionary<string, NotificationSpec> wanted)
    {
        var clients = wanted.Values.Select(w => w.Target.ClientId).OfType<Guid>().Distinct().ToList();
        foreach (var clientId in clients)
        {
            if (!await GrainFactory.GetGrain<IClientGrain>(clientId).MayBeToldAbout(pantiId, staffId))
            {
                foreach (var key in wanted.Where(w => w.Value.Target.ClientId == clientId).Select(w => w.Key).ToList())
                {
                    wanted.Remove(key);
                }
            }
        }
    }

    /// <summary>Only the person reads their inbox; anyone else (another panti above all) finds nothing.</summary>
    private void RequireOwner(Caller caller)
    {
        if (caller.PantiId != pantiId || caller.StaffId != staffId)
        {
            throw DomainException.NotFound("inbox_not_found", "No such inbox.");
        }
    }

    private async Task<IReadOnlyList<FeedEvent>> OlderEvents(long after) =>
        [.. (await store.EventsAfterAsync(pantiId, staffId, after, int.MaxValue))
            .Select(e => new FeedEvent(e.Sequence, e.At, e.Kind, e.Json))];

    private static StoredNotification ToRow(string key, Notification n) =>
        new(n.Id, key, n.Kind.ToString(), JsonSerializer.Serialize(n.Target, Json), n.DueAt,
            n.CreatedAt, n.ReadAt, n.ClearedAt);

    private static LoggedEvent ToRow(FeedEvent e) => new(e.Sequence, e.At, e.Kind, e.Json);

    private static Notification FromRow(StoredNotification row) => new(
        row.Id, Enum.Parse<NotificationKind>(row.Kind),
            JsonSerializer.Deserialize<NotificationTarget>(row.Target, Json)!,
        row.DueAt, row.CreatedAt, row.ReadAt, row.ClearedAt);
}
