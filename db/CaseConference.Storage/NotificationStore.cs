namespace CaseConference.Storage;

/// <summary>One notification as stored (notifications); <see cref="Target"/> is JSON.</summary>
public sealed record StoredNotification(
    Guid Id, string Key, string Kind, string Target, DateTimeOffset? DueAt, DateTimeOffset CreatedAt,
        DateTimeOffset? ReadAt, DateTimeOffset? ClearedAt);

/// <summary>One change of an inbox: rows raised, cleared and read, and the events that tell of them.</summary>
public sealed record InboxWrite(
    IReadOnlyList<StoredNotification> Raised,
    IReadOnlyList<Guid> Cleared,
    IReadOnlyList<Guid> Read,
    DateTimeOffset At,
    IReadOnlyList<LoggedEvent> Events);

/// <summary>
/// Each person's notifications and their inbox's events (issue 10), as rows, so an inbox that has
/// told a person about years of KKs costs what its open notifications cost. Another provider
/// implements this interface and is wired in <see cref="StorageHosting"/>.
/// </summary>
public interface INotificationStore
{
    /// <summary>The person's notifications not cleared yet, oldest first.</summary>
    Task<IReadOnlyList<StoredNotification>> OpenAsync(Guid pantiId, Guid staffId, CancellationToken ct = default);

    /// <summary>Which of <paramref name="keys"/> the person has had, open or cleared.</summary>
    Task<IReadOnlySet<string>> KnownKeysAsync(Guid pantiId, Guid staffId, IReadOnlyCollection<string> keys,
        CancellationToken ct = default);

    /// <summary>
    /// Writes one change in one transaction. A raised key or an event number that exists already
    /// fails it whole: only one activation of an inbox writes.
    /// </summary>
    Task WriteAsync(Guid pantiId, Guid staffId, InboxWrite write, CancellationToken ct = default);

    /// <summary>Newest first; with the number of rows there are in all.</summary>
    Task<(IReadOnlyList<StoredNotification> Items, int Total)> PageAsync(
        Guid pantiId, Guid staffId, bool includeCleared, int offset, int limit, CancellationToken ct = default);

    /// <summary>Events after <paramref name="after"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<LoggedEvent>> EventsAfterAsync(Guid pantiId, Guid staffId, long after, int limit,
        CancellationToken ct = default);

    /// <summary>The last <paramref name="count"/> events, oldest first.</summary>
    Task<IReadOnlyList<LoggedEvent>> LastEventsAsync(Guid pantiId, Guid staffId, int count,
        CancellationToken ct = default);
}
