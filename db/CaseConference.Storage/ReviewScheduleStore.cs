namespace CaseConference.Storage;

/// <summary>One client as a panti's review schedule knows it (review_schedule_clients): its facts as JSON.</summary>
public sealed record ScheduledClient(Guid ClientId, string Json);

/// <summary>
/// A review schedule's clients, one row each, so a client's change writes its own row and not the
/// whole schedule. Another provider implements this interface and is wired in <see cref="StorageHosting"/>.
/// </summary>
public interface IReviewScheduleStore
{
    /// <summary>
    /// Inserts or replaces these clients' rows in one statement (a batch of notices, coalesced by client).
    /// </summary>
    Task WriteClientsAsync(Guid pantiId, IReadOnlyCollection<ScheduledClient> clients, CancellationToken ct = default);

    /// <summary>Every client of the panti's schedule.</summary>
    Task<IReadOnlyList<ScheduledClient>> ClientsAsync(Guid pantiId, CancellationToken ct = default);
}
