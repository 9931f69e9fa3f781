using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.Events;
using CaseConference.Domain;
using CaseConference.Domain.Conferences;
using CaseConference.Grains.Events;
using CaseConference.Storage;

namespace CaseConference.Grains.Conferences;

/// <summary>
/// How a KK is stored (issue 9): its minutes entries and events are rows appended through
/// <see cref="IConferenceLog"/>; the snapshot in grain state holds the rest and is written only
/// by commands that change the rest. Memory keeps the last entries and the last events, so an
/// activation reads the same few rows for a KK of 5 entries as for one of 5,000.
/// </summary>
public sealed partial class ConferenceGrain
{
    /// <summary>Events kept in memory for catch-up; older ones are read from their table.</summary>
    internal const int KeptEvents = 128;

    /// <summary>
    /// Entries kept in memory: a snapshot's; memory lets go of older ones once it holds twice as many.
    /// </summary>
    internal const int KeptMinutes = ConferenceSnapshot.LatestMinutes;

    /// <summary>
    /// What a minutes POST answered, by its idempotency key (stored with the entry's row), for the
    /// entries held in memory; an older key is found in its row (see Minute).
    /// </summary>
    private readonly Dictionary<string, Versioned<MinuteEntry>> answered = new(StringComparer.Ordinal);

    /// <summary>How many of the KK's entries are amendments (a snapshot counts them).</summary>
    private int amendments;

    private EventFeed? feed;

    /// <summary>What most keyed commands answer: the KK's version after them.</summary>
    private static readonly Func<long, object> VersionAnswer = version => version;

    private EventFeed Feed => feed ?? throw new InvalidOperationException("The feed is set up on activation.");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await FollowOnsOnActivation();
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
            var tally = await log.TallyAsync(id, ct);
            var last = await log.LastMinutesAsync(id, KeptMinutes, ct);
            kk.HoldMinutes([.. last.Select(FromRow)], tally.Count);
            amendments = tally.Amendments;
            foreach (var m in last)
            {
                Remember(m);
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
    /// Numbers the events and makes them durable, then pushes them; answers the KK's version after
    /// them. Minutes entries are one transaction of their rows (entry and event). Any other change writes the snapshot
    /// first, with its events in
    /// <see cref="ConferenceGrainState.Pending"/> and, for a keyed command, its <paramref name="answer"/>
    /// made of the version (issue 9; <see cref="VersionAnswer"/> for most) and the follow-on steps
    /// it added (with the schedule's and the register's notices when what they hold changed), which run last.
    /// </summary>
    private async Task<long> Commit(IReadOnlyCollection<IDomainEvent> events, Func<long, object>? answer = null,
        string? idempotencyKey = null)
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
            if (answer is not null)
            {
                state.State.Idempotency.Answer(answer(Feed.LastSequence));
            }

            NoticesFollow();
            await state.WriteStateAsync();
        }

        await log.AppendAsync(this.GetPrimaryKey(), [.. appended.Select(a => ToRow(a.Event))], minutes);
        amendments += minutes.Count(m => m.Amends is not null);
        ForgetOlderMinutes();
        await Feed.PublishAsync();
        if (!onlyMinutes)
        {
            await Notify();
            await RunFollowOnsAsync();
        }

        return Feed.LastSequence;
    }

    /// <summary>
    /// Keeps memory bounded: past twice <see cref="KeptMinutes"/> entries, the older ones and their keys go.
    /// </summary>
    private void ForgetOlderMinutes()
    {
        if (Existing.Minutes.Count <= 2 * KeptMinutes)
        {
            return;
        }

        Existing.ForgetMinutesBeforeLast(KeptMinutes);
        var first = Existing.Minutes[0].Number;
        foreach (var key in answered.Where(a => a.Value.Value.Number < first).Select(a => a.Key).ToList())
        {
            answered.Remove(key);
        }
    }

    private void Remember(LoggedMinute m)
    {
        if (m is { IdempotencyKey: not null, Sequence: not null })
        {
            answered[m.IdempotencyKey] = new Versioned<MinuteEntry>(FromRow(m), m.Sequence.Value);
        }
    }

    /// <summary>
    /// KK3: entries <paramref name="from"/> … <paramref name="to"/>, from memory when it holds them, else from their
    /// rows.
    /// </summary>
    private async Task<IReadOnlyList<MinuteEntry>> MinutesAsync(int from, int to) =>
        Existing.HeldMinutes(from, to)
        ?? [.. (await log.MinutesAfterAsync(this.GetPrimaryKey(), from - 1, to - from + 1)).Select(FromRow)];

    /// <summary>KK10 over every entry as stored, a page at a time, never the whole KK in memory.</summary>
    private async Task<string> SealHashAsync(Conference kk, string? previousHash)
    {
        const int Page = 500;
        using var hasher = new SealHasher(kk, previousHash);
        for (var after = 0; ;)
        {
            var page = await log.MinutesAfterAsync(this.GetPrimaryKey(), after, Page);
            foreach (var m in page)
            {
                hasher.Add(FromRow(m));
            }

            if (page.Count < Page)
            {
                return hasher.Finish();
            }

            after = page[^1].Number;
        }
    }

    private async Task<IReadOnlyList<FeedEvent>> OlderEvents(long after) =>
        FromRows(await log.EventsAfterAsync(this.GetPrimaryKey(), after, int.MaxValue));

    private static LoggedEvent ToRow(FeedEvent e) => new(e.Sequence, e.At, e.Kind, e.Json);

    private static LoggedMinute ToRow(MinuteEntry m, long? sequence, string? idempotencyKey) =>
        new(m.Number, m.At, m.RecordedBy, m.Text, m.Amends, sequence, idempotencyKey);

    private static MinuteEntry FromRow(LoggedMinute m) => new(m.Number, m.At, m.RecordedBy, m.Text, m.Amends);

    private static List<FeedEvent> FromRows(IReadOnlyList<LoggedEvent> rows) =>
        FollowerFeed.Scrubbed([.. rows.Select(r => new FeedEvent(r.Sequence, r.At, r.Kind, r.Json))]);
}
