namespace CaseConference.Storage;

/// <summary>One numbered event of a KK as stored (conference_events).</summary>
public sealed record LoggedEvent(long Sequence, DateTimeOffset At, string Kind, string Json);

/// <summary>
/// One minutes entry as stored (conference_minutes); <see cref="Sequence"/> is the event that recorded it.
/// </summary>
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
    /// A taken idempotency key fails it with <see cref="IdempotencyKeyTakenException"/>.
    /// </summary>
    Task AppendAsync(Guid conferenceId, IReadOnlyList<LoggedEvent> events, IReadOnlyList<LoggedMinute> minutes,
        CancellationToken ct = default);

    /// <summary>
    /// Appends what is not stored yet and leaves what is (recovery after a crash, state written before this table).
    /// </summary>
    Task RestoreAsync(Guid conferenceId, IReadOnlyList<LoggedEvent> events, IReadOnlyList<LoggedMinute> minutes,
        CancellationToken ct = default);

    /// <summary>Events after <paramref name="after"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<LoggedEvent>> EventsAfterAsync(Guid conferenceId, long after, int limit,
        CancellationToken ct = default);

    /// <summary>The last <paramref name="count"/> events, oldest first.</summary>
    Task<IReadOnlyList<LoggedEvent>> LastEventsAsync(Guid conferenceId, int count, CancellationToken ct = default);

    /// <summary>
    /// Entries numbered after <paramref name="after"/>, in number order, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<LoggedMinute>> MinutesAfterAsync(Guid conferenceId, int after, int limit,
        CancellationToken ct = default);

    /// <summary>The last <paramref name="count"/> entries, in number order.</summary>
    Task<IReadOnlyList<LoggedMinute>> LastMinutesAsync(Guid conferenceId, int count, CancellationToken ct = default);

    /// <summary>
    /// How many entries the KK has, and how many of them are amendments (one row, however many entries).
    /// </summary>
    Task<MinuteTally> TallyAsync(Guid conferenceId, CancellationToken ct = default);

    /// <summary>The entry the POST with this idempotency key wrote, if any.</summary>
    Task<LoggedMinute?> MinuteByKeyAsync(Guid conferenceId, string idempotencyKey, CancellationToken ct = default);
}

/// <summary>A KK's number of entries and of amendments among them.</summary>
public sealed record MinuteTally(int Count, int Amendments);

/// <summary>
/// An append refused because an entry with its idempotency key is stored already (a retry of an older POST).
/// </summary>
public sealed class IdempotencyKeyTakenException(string key)
    : Exception($"An entry with the idempotency key '{key}' is stored already.")
{
    public string Key { get; } = key;
}
