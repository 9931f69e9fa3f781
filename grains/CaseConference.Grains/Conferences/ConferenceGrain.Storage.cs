using CaseConference.Contracts;
using CaseConference.Contracts.Events;
using CaseConference.Domain;
using CaseConference.Domain.Conferences;
using CaseConference.Grains.Events;
using CaseConference.Storage;

namespace CaseConference.Grains.Conferences;

/// <summary>
/// How a KK is stored (issue 9): its minutes entries and events are rows appended through
/// <see cref="IConferenceLog"/>; the snapshot in grain state holds the rest and is written only
/// by commands that change the rest. Memory keeps every entry and the last events.
/// </summary>
public sealed partial class ConferenceGrain
{
    /// <summary>Events kept in memory for catch-up; older ones are read from their table.</summary>
    private const int KeptEvents = 256;

    /// <summary>What a minutes POST answered, by its idempotency key (stored with the entry's row).</summary>
    private readonly Dictionary<string, Versioned<MinuteEntry>> answered = new(StringComparer.Ordinal);

    private EventFeed? feed;

    private EventFeed Feed => feed ?? throw new InvalidOperationException("The feed is set up on activation.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await NotifyOnActivation();
    }

    public Task<IReadOnlyList<FeedEvent>> EventsSince(long sequence) => Feed.Since(sequence);

    /// <summary>
    /// The snapshot is in state already; this adds the rows. Events a crash left only in the
    /// snapshot are appended first, so nothing acknowledged is lost and nothing is doubled.
    /// </summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        var id = this.GetPrimaryKey();
        List<FeedEvent> tail = [];
        answered.Clear();
        if (state.State.Conference is { } kk)
        {
            await MoveStateWrittenBeforeRows(kk, ct);
            await log.RestoreAsync(id, [.. state.State.Pending.Select(ToRow)], [], ct);
            var minutes = await log.MinutesAsync(id, ct);
            kk.Minutes = [.. minutes.Select(m => new MinuteEntry(m.Number, m.At, m.RecordedBy, m.Text, m.Amends))];
            foreach (var m in minutes.Where(m => m is { IdempotencyKey: not null, Sequence: not null }))
            {
                answered[m.IdempotencyKey!] = new Versioned<MinuteEntry>(kk.Minutes[m.Number - 1], m.Sequence!.Value);
            }

            tail = FromRows(await log.LastEventsAsync(id, KeptEvents, ct));
        }

        if (feed is null)
        {
            feed = new EventFeed($"conference:{id}", tail, KeptEvents, logger, state.State.Version, OlderEvents);
        }
        else
        {
            feed.Reload(tail, state.State.Version);
        }
    }

    /// <summary>State written before conference_events held every entry and event; they become rows once.</summary>
    private async Task MoveStateWrittenBeforeRows(Conference kk, CancellationToken ct)
    {
        if (state.State.Events.Count == 0 && kk.Minutes.Count == 0)
        {
            return;
        }

        var events = FollowerFeed.Scrubbed(state.State.Events);
        await log.RestoreAsync(this.GetPrimaryKey(), [.. events.Select(ToRow)],
            [.. kk.Minutes.Select(m => ToRow(m, null, null))], ct);
        state.State.Version = Math.Max(state.State.Version, events.Count == 0 ? 0 : events[^1].Sequence);
        state.State.Events = [];
        await state.WriteStateAsync(ct);
    }

    /// <summary>
    /// Numbers the events and makes them durable, then pushes them and tells the schedule and the
    /// register; answers the KK's version after them. Minutes entries are one transaction of their
    /// rows (entry and event). Any other change writes the snapshot first, with its events in
    /// <see cref="ConferenceGrainState.Pending"/>, then their rows.
    /// </summary>
    private async Task<long> Commit(IReadOnlyCollection<IDomainEvent> events, string? idempotencyKey = null)
    {
        var appended = events.Select(e => (Change: e, Event: Feed.Append(FollowerFeed.Of(e), e.At))).ToList();
        var minutes = appended
            .Where(a => a.Change is MinuteRecorded)
            .Select(a => ToRow(((MinuteRecorded)a.Change).Entry, a.Event.Sequence, idempotencyKey))
            .ToList();
        var onlyMinutes = minutes.Count == appended.Count;
        if (!onlyMinutes)
        {
            state.State.Version = Feed.LastSequence;
            state.State.Pending = [.. appended.Select(a => a.Event)];
            await state.WriteStateAsync();
        }

        await log.AppendAsync(this.GetPrimaryKey(), [.. appended.Select(a => ToRow(a.Event))], minutes);
        await Feed.PublishAsync();
        if (!onlyMinutes)
        {
            await TellSchedule();
            await TellRegister();
            await Notify();
        }

        return Feed.LastSequence;
    }

    private async Task<IReadOnlyList<FeedEvent>> OlderEvents(long after) =>
        FromRows(await log.EventsAfterAsync(this.GetPrimaryKey(), after, int.MaxValue));

    private static LoggedEvent ToRow(FeedEvent e) => new(e.Sequence, e.At, e.Kind, e.Json);

    private static LoggedMinute ToRow(MinuteEntry m, long? sequence, string? idempotencyKey) =>
        new(m.Number, m.At, m.RecordedBy, m.Text, m.Amends, sequence, idempotencyKey);

    private static List<FeedEvent> FromRows(IReadOnlyList<LoggedEvent> rows) =>
        FollowerFeed.Scrubbed([.. rows.Select(r => new FeedEvent(r.Sequence, r.At, r.Kind, r.Json))]);
}
