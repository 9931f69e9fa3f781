using CaseConference.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace CaseConference.Cluster.Tests;

/// <summary>
/// The real <see cref="IConferenceLog"/>, counting the rows its reads return (issue 9: what an activation costs).
/// </summary>
public sealed class CountingConferenceLog : IConferenceLog
{
    private IConferenceLog inner = null!;
    private long rowsRead;

    public long RowsRead => Interlocked.Read(ref rowsRead);

    /// <summary>This log in place of the silo's, over the silo's own database pool.</summary>
    public void WireInto(ISiloBuilder silo) =>
        silo.Services.Replace(ServiceDescriptor.Singleton<IConferenceLog>(services =>
    {
        inner = new PostgresConferenceLog(services.GetRequiredService<NpgsqlDataSource>());
        return this;
    }));

    public void Reset() => Interlocked.Exchange(ref rowsRead, 0);

    public Task AppendAsync(Guid conferenceId, IReadOnlyList<LoggedEvent> events, IReadOnlyList<LoggedMinute> minutes,
        CancellationToken ct = default) =>
        inner.AppendAsync(conferenceId, events, minutes, ct);

    public Task RestoreAsync(Guid conferenceId, IReadOnlyList<LoggedEvent> events, IReadOnlyList<LoggedMinute> minutes,
        CancellationToken ct = default) =>
        inner.RestoreAsync(conferenceId, events, minutes, ct);

    public async Task<IReadOnlyList<LoggedEvent>> EventsAfterAsync(Guid conferenceId, long after, int limit,
        CancellationToken ct = default) =>
        Counted(await inner.EventsAfterAsync(conferenceId, after, limit, ct));

    public async Task<IReadOnlyList<LoggedEvent>> LastEventsAsync(Guid conferenceId, int count,
        CancellationToken ct = default) =>
        Counted(await inner.LastEventsAsync(conferenceId, count, ct));

    public async Task<IReadOnlyList<LoggedMinute>> MinutesAfterAsync(Guid conferenceId, int after, int limit,
        CancellationToken ct = default) =>
        Counted(await inner.MinutesAfterAsync(conferenceId, after, limit, ct));

    public async Task<IReadOnlyList<LoggedMinute>> LastMinutesAsync(Guid conferenceId, int count,
        CancellationToken ct = default) =>
        Counted(await inner.LastMinutesAsync(conferenceId, count, ct));

    public async Task<MinuteTally> TallyAsync(Guid conferenceId, CancellationToken ct = default)
    {
        Interlocked.Increment(ref rowsRead);
        return await inner.TallyAsync(conferenceId, ct);
    }

    public async Task<LoggedMinute?> MinuteByKeyAsync(Guid conferenceId, string idempotencyKey,
        CancellationToken ct = default)
    {
        Interlocked.Increment(ref rowsRead);
        return await inner.MinuteByKeyAsync(conferenceId, idempotencyKey, ct);
    }

    private IReadOnlyList<T> Counted<T>(IReadOnlyList<T> rows)
    {
        Interlocked.Add(ref rowsRead, rows.Count);
        return rows;
    }
}
