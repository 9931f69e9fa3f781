namespace CaseConference.Storage;

/// <summary>One numbered event of a KK as stored (conference_events).</summary>
public sealed record LoggedEvent(long Sequence, DateTimeOffset At, string Kind, string Json);

/// <summary>One minutes entry as stored (conference_minutes); <see cref="Sequence"/> is the event that recorded it.</summary>
public sealed record LoggedMinute(
    int Number, DateTimeOffset At, Guid RecordedBy, string Text, int? Amends, long? Sequence, string? IdempotencyKey);

/// <summary>
/// A KK's append-only rows: its events and its minutes entries. A command appends only what it
/// adds, so writing entry 5,000 costs what entry 5 did. Another provider implements this interface
/// and is wired in <see cref="StorageHosting"/>.
/// </summary>
public interface IConferenceLog
{
    /// <summary>
    /// Appends the events and the entries in one transaction. A row that exists already (the same
    /// sequence, number or idempotency key) fails the whole append: only one activation writes a KK.
    /// </summary>
    Task AppendAsync(Guid conferenceId, IReadOnlyList<LoggedEvent> events, IReadOnlyList<LoggedMinute> minutes, CancellationToken ct = default);

    /// <summary>Appends what is not stored yet and leaves what is (recovery after a crash, state written before this table).</summary>
    Task RestoreAsync(Guid conferenceId, IReadOnlyList<LoggedEvent> events, IReadOnlyList<LoggedMinute> minutes, CancellationToken ct = default);

    /// <summary>Events after <paramref name="after"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<LoggedEvent>> EventsAfterAsync(Guid conferenceId, long after, int limit, CancellationToken ct = default);

    /// <summary>The last <paramref name="count"/> events, oldest first.</summary>
    Task<IReadOnlyList<LoggedEvent>> LastEventsAsync(Guid conferenceId, int count, CancellationToken ct = default);

    /// <summary>Every entry, in number order.</summary>
    Task<IReadOnlyList<LoggedMinute>> MinutesAsync(Guid conferenceId, CancellationToken ct = default);
}
