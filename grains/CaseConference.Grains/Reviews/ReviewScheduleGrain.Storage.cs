using System.Text.Json;
using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Events;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain.Reviews;
using CaseConference.Grains.Events;
using CaseConference.Storage;

namespace CaseConference.Grains.Reviews;

/// <summary>
/// How a schedule is stored (issue 9): each client is a row of its own, written when its facts
/// change (<see cref="IReviewScheduleStore"/>); the snapshot in grain state holds the KKs, the
/// force majeures waiting and the version, so it stays small however many clients the panti has.
/// Memory holds every client, the view built from them and the one event followers need.
/// </summary>
public sealed partial class ReviewScheduleGrain
{
    /// <summary>
    /// Every ScheduleChanged carries the whole schedule, so the latest is all a follower needs to
    /// catch up (it sees the gap in the numbers and takes the latest as the state). It is kept in
    /// memory only: stored, it made every write of the state as large as the schedule.
    /// </summary>
    private const int RetainedEvents = 1;

    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    private readonly Dictionary<Guid, ClientFacts> clients = [];

    /// <summary>Facts noticed but not yet in their rows, by client: a burst of notices is one write.</summary>
    private readonly Dictionary<Guid, ClientFacts> unwritten = [];

    private EventFeed? feed;
    private IGrainTimer? passTimer;
    private long passDueAt = long.MaxValue;
    private long lastPassAt = long.MinValue;

    private EventFeed Feed => feed ?? throw new InvalidOperationException("The feed is set up on activation.");

    /// <summary>
    /// Reads the clients' rows. State written before they existed (clients and the last event inside)
    /// is moved out once; that event stays the one followers can catch up with.
    /// </summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        List<FeedEvent> kept = [];
        if (state.State.Clients.Count > 0 || state.State.Events.Count > 0)
        {
            await store.WriteClientsAsync(PantiId, [.. state.State.Clients.Values.Select(ToRow)], ct);
            kept = [.. state.State.Events.TakeLast(RetainedEvents)];
            if (kept.Count > 0)
            {
                state.State.Version = Math.Max(state.State.Version, kept[^1].Sequence);
                state.State.PublishedAt = kept[^1].At;
            }

            state.State.Clients = [];
            state.State.Events = [];
            await state.WriteStateAsync(ct);
        }

        clients.Clear();
        foreach (var row in await store.ClientsAsync(PantiId, ct))
        {
            var facts = JsonSerializer.Deserialize<ClientFacts>(row.Json, WireSerialization.Json)!;
            clients[facts.ClientId] = facts;
        }

        feed = new EventFeed($"schedule:{PantiId}", kept, RetainedEvents, logger, state.State.Version);

        // The first pass gives the last event back (or publishes the change time made meanwhile).
        RequestPass(TimeSpan.Zero);
    }

    /// <summary>Keeps the facts in memory, to be written by the next pass; false when nothing changed.</summary>
    private bool Remember(ClientFacts facts)
    {
        if (clients.TryGetValue(facts.ClientId, out var known) && known == facts)
        {
            return false;
        }

        clients[facts.ClientId] = facts;
        unwritten[facts.ClientId] = facts;
        view = null;
        return true;
    }

    /// <summary>The client rows noticed since the last write, then the snapshot.</summary>
    private async Task SaveAsync()
    {
        await WriteClientsAsync(CancellationToken.None);
        await state.WriteStateAsync();
    }

    private async Task WriteClientsAsync(CancellationToken ct)
    {
        if (unwritten.Count == 0)
        {
            return;
        }

        var written = unwritten.Values.ToList();
        await store.WriteClientsAsync(PantiId, [.. written.Select(ToRow)], ct);
        foreach (var facts in written)
        {
            // A notice that arrived during the write stays for the next one.
            if (unwritten.TryGetValue(facts.ClientId, out var latest) && ReferenceEquals(latest, facts))
            {
                unwritten.Remove(facts.ClientId);
            }
        }
    }

    /// <summary>
    /// Asks for a planning pass <paramref name="after"/> from now, unless one is due sooner. The
    /// timer's turn queues behind the notices already waiting, so one pass follows a burst.
    /// </summary>
    private void RequestPass(TimeSpan after)
    {
        var due = Environment.TickCount64 + (long)after.TotalMilliseconds;
        if (due >= passDueAt)
        {
            return;
        }

        passDueAt = due;
        passTimer ??= this.RegisterGrainTimer(RunRequestedPass, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        passTimer.Change(after, Timeout.InfiniteTimeSpan);
    }

    private Task RunRequestedPass(CancellationToken ct)
    {
        passDueAt = long.MaxValue;
        return PlanSafelyAsync();
    }

    private TimeSpan SinceLastPass() => lastPassAt == long.MinValue
        ? TimeSpan.MaxValue
        : TimeSpan.FromMilliseconds(Environment.TickCount64 - lastPassAt);

    /// <summary>
    /// After a reactivation memory has no event: when the schedule is still the one last published,
    /// that event is made again exactly (same number, time and content), so a follower that missed
    /// it can still catch up with it.
    /// </summary>
    private void RestoreLastEvent(ScheduleView current)
    {
        if (Feed.Kept == 0 && state.State.Version > 0 && state.State.PublishedAt is { } at
            && Fingerprint(current) == state.State.PublishedFingerprint)
        {
            var again = new ScheduleChanged(current.Entries, current.Reviews, current.OverdueEscalated,
                current.UnplacedClients, at);
            Feed.Reload([new FeedEvent(state.State.Version, at, nameof(ScheduleChanged),
                JsonSerializer.Serialize(again, WireSerialization.Json))], state.State.Version);
        }
    }

    private static ScheduledClient ToRow(ClientFacts facts) =>
        new(facts.ClientId, JsonSerializer.Serialize(facts, WireSerialization.Json));
}
