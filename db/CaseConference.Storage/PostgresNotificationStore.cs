using Npgsql;
using NpgsqlTypes;

namespace CaseConference.Storage;

/// <summary><see cref="INotificationStore"/> on the tables of db/migrations/0030_notifications.sql.</summary>
public sealed class PostgresNotificationStore(NpgsqlDataSource database) : INotificationStore
{
    private const string Columns = "id, key, kind, target::text, due_at, created_at, read_at, cleared_at";

    private const string Person = "panti_id = $1 AND staff_id = $2";

    public Task<IReadOnlyList<StoredNotification>> OpenAsync(Guid pantiId, Guid staffId,
        CancellationToken ct = default) =>
        ReadAsync($"SELECT {Columns} FROM notifications WHERE {Person} AND cleared_at IS NULL ORDER BY created_at, id",
            ct, pantiId, staffId);

    public async Task<IReadOnlySet<string>> KnownKeysAsync(Guid pantiId, Guid staffId, IReadOnlyCollection<string> keys,
        CancellationToken ct = default)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return known;
        }

        known.UnionWith(await database.ReadAsync($"SELECT key FROM notifications WHERE {Person} AND key = ANY($3)",
            r => r.GetString(0), ct, pantiId, staffId, keys.ToArray()));
        return known;
    }

    // One batch: without an explicit transaction Npgsql runs a batch as one implicit transaction.
    public async Task WriteAsync(Guid pantiId, Guid staffId, InboxWrite write, CancellationToken ct = default)
    {
        await using var batch = database.CreateBatch();
        foreach (var n in write.Raised)
        {
            batch.BatchCommands.Add(Command(
                "INSERT INTO notifications (id, panti_id, staff_id, key, kind, target, due_at, created_at) VALUES ($3, $1, $2, $4, $5, $6, $7, $8)",
                pantiId, staffId, n.Id, n.Key, n.Kind, Json(n.Target), Nullable(n.DueAt),
                    n.CreatedAt.ToUniversalTime()));
        }

        if (write.Cleared.Count > 0)
        {
            batch.BatchCommands.Add(Command(
                $"UPDATE notifications SET cleared_at = $3 WHERE {Person} AND id = ANY($4) AND cleared_at IS NULL",
                pantiId, staffId, write.At.ToUniversalTime(), write.Cleared.ToArray()));
        }

        if (write.Read.Count > 0)
        {
            batch.BatchCommands.Add(
                Command($"UPDATE notifications SET read_at = $3 WHERE {Person} AND id = ANY($4) AND read_at IS NULL",
                pantiId, staffId, write.At.ToUniversalTime(), write.Read.ToArray()));
        }

        foreach (var e in write.Events)
        {
            batch.BatchCommands.Add(
                Command("INSERT INTO notification_events (panti_id, staff_id, sequence, at, kind, json) VALUES ($1, $2, $3, $4, $5, $6)",
                pantiId, staffId, e.Sequence, e.At.ToUniversalTime(), e.Kind, Json(e.Json)));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task<(IReadOnlyList<StoredNotification> Items, int Total)> PageAsync(
        Guid pantiId, Guid staffId, bool includeCleared, int offset, int limit, CancellationToken ct = default)
    {
        var which = includeCleared ? "" : " AND cleared_at IS NULL";
        var items = await ReadAsync(
            $"SELECT {Columns} FROM notifications WHERE {Person}{which} ORDER BY created_at DESC, id OFFSET $3 LIMIT $4", ct, pantiId, staffId, offset, limit);
        await using var count = database.CreateCommand($"SELECT count(*) FROM notifications WHERE {Person}{which}");
        count.Parameters.AddWithValue(pantiId);
        count.Parameters.AddWithValue(staffId);
        return (items, (int)(long)(await count.ExecuteScalarAsync(ct))!);
    }

    public Task<IReadOnlyList<LoggedEvent>> EventsAfterAsync(Guid pantiId, Guid staffId, long after, int limit,
        CancellationToken ct = default) =>
        ReadEventsAsync(
            $"SELECT sequence, at, kind, json::text FROM notification_events WHERE {Person} AND sequence > $3 ORDER BY sequence LIMIT $4",
            ct, pantiId, staffId, after, limit);

    public Task<IReadOnlyList<LoggedEvent>> LastEventsAsync(Guid pantiId, Guid staffId, int count,
        CancellationToken ct = default) =>
        ReadEventsAsync(
            $"SELECT * FROM (SELECT sequence, at, kind, json::text FROM notification_events WHERE {Person} ORDER BY sequence DESC LIMIT $3) AS last ORDER BY sequence",
            ct, pantiId, staffId, count);

    private static NpgsqlBatchCommand Command(string sql, params object[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var p in parameters)
        {
            command.Parameters.Add(p as NpgsqlParameter ?? new NpgsqlParameter { Value = p });
        }

        return command;
    }

    private static NpgsqlParameter Json(string json) => new() { NpgsqlDbType = NpgsqlDbType.Json, Value = json };

    private static NpgsqlParameter Nullable(DateTimeOffset? at) =>
        new() { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = (object?)at?.ToUniversalTime() ?? DBNull.Value };

    private Task<IReadOnlyList<StoredNotification>> ReadAsync(string sql, CancellationToken ct,
        params object[] parameters) =>
        database.ReadAsync(sql, r =>
            new StoredNotification(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3),
            r.OrNull<DateTimeOffset>(4), r.GetFieldValue<DateTimeOffset>(5), r.OrNull<DateTimeOffset>(6),
                r.OrNull<DateTimeOffset>(7)),
            ct, parameters);

    private Task<IReadOnlyList<LoggedEvent>> ReadEventsAsync(string sql, CancellationToken ct,
        params object[] parameters) =>
        database.ReadAsync(sql, r =>
            new LoggedEvent(r.GetInt64(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2), r.GetString(3)),
            ct, parameters);
}
