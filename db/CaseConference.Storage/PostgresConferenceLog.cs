using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace CaseConference.Storage;

/// <summary><see cref="IConferenceLog"/> on the tables of db/migrations/0020_conference_log.sql.</summary>
public sealed class PostgresConferenceLog(NpgsqlDataSource database) : IConferenceLog
{
    private const string InsertEvent =
        "INSERT INTO conference_events (conference_id, sequence, at, at_exact, kind, json) VALUES ($1, $2, $3, $4, $5, $6)";

    private const string InsertMinute =
        "INSERT INTO conference_minutes (conference_id, number, at, at_exact, recorded_by, text, amends, sequence, idempotency_key) " +
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

    private const string Columns = "sequence, at_exact, kind, json::text";

    private const string MinuteColumns = "number, at_exact, recorded_by, text, amends, sequence, idempotency_key";

    public Task AppendAsync(Guid conferenceId, IReadOnlyList<LoggedEvent> events, IReadOnlyList<LoggedMinute> minutes,
        CancellationToken ct = default) =>
        WriteAsync(conferenceId, events, minutes, "", ct);

    public Task RestoreAsync(Guid conferenceId, IReadOnlyList<LoggedEvent> events, IReadOnlyList<LoggedMinute> minutes,
        CancellationToken ct = default) =>
        WriteAsync(conferenceId, events, minutes, " ON CONFLICT DO NOTHING", ct);

    public Task<IReadOnlyList<LoggedEvent>> EventsAfterAsync(Guid conferenceId, long after, int limit,
        CancellationToken ct = default) =>
        ReadEventsAsync(
            $"SELECT {Columns} FROM conference_events WHERE conference_id = $1 AND sequence > $2 ORDER BY sequence LIMIT $3",
            ct, conferenceId, after, limit);

    public Task<IReadOnlyList<LoggedEvent>> LastEventsAsync(Guid conferenceId, int count,
        CancellationToken ct = default) =>
        ReadEventsAsync(
            $"SELECT * FROM (SELECT {Columns} FROM conference_events WHERE conference_id = $1 ORDER BY sequence DESC LIMIT $2) AS last ORDER BY sequence",
            ct, conferenceId, count);

    public Task<IReadOnlyList<LoggedMinute>> MinutesAfterAsync(Guid conferenceId, int after, int limit,
        CancellationToken ct = default) =>
        ReadMinutesAsync(
            $"SELECT {MinuteColumns} FROM conference_minutes WHERE conference_id = $1 AND number > $2 ORDER BY number LIMIT $3",
            ct, conferenceId, after, limit);

    public Task<IReadOnlyList<LoggedMinute>> LastMinutesAsync(Guid conferenceId, int count,
        CancellationToken ct = default) =>
        ReadMinutesAsync(
            $"SELECT * FROM (SELECT {MinuteColumns} FROM conference_minutes WHERE conference_id = $1 ORDER BY number DESC LIMIT $2) AS last ORDER BY number",
            ct, conferenceId, count);

    public async Task<MinuteTally> TallyAsync(Guid conferenceId, CancellationToken ct = default) =>
        (await database.ReadAsync(
            "SELECT count(*)::int, count(amends)::int FROM conference_minutes WHERE conference_id = $1",
            r => new MinuteTally(r.GetInt32(0), r.GetInt32(1)), ct, conferenceId)).Single();

    public async Task<LoggedMinute?> MinuteByKeyAsync(Guid conferenceId, string idempotencyKey,
        CancellationToken ct = default) =>
        (await ReadMinutesAsync(
            $"SELECT {MinuteColumns} FROM conference_minutes WHERE conference_id = $1 AND idempotency_key = $2",
            ct, conferenceId, idempotencyKey)).SingleOrDefault();

    // One batch: without an explicit transaction Npgsql runs a batch as one implicit transaction,
    // so the rows of one command are committed together, in one round trip.
    private async Task WriteAsync(Guid conferenceId, IReadOnlyList<LoggedEvent> events,
        IReadOnlyList<LoggedMinute> minutes, string onConflict, CancellationToken ct)
    {
        if (events.Count == 0 && minutes.Count == 0)
        {
            return;
        }

        await using var batch = database.CreateBatch();
        foreach (var e in events)
        {
            var command = new NpgsqlBatchCommand(InsertEvent + onConflict);
            command.Parameters.AddWithValue(conferenceId);
            command.Parameters.AddWithValue(e.Sequence);
            command.Parameters.AddWithValue(e.At.ToUniversalTime());
            command.Parameters.AddWithValue(Exact(e.At));
            command.Parameters.AddWithValue(e.Kind);
            command.Parameters.AddWithValue(NpgsqlDbType.Json, e.Json);
            batch.BatchCommands.Add(command);
        }

        foreach (var m in minutes)
        {
            var command = new NpgsqlBatchCommand(InsertMinute + onConflict);
            command.Parameters.AddWithValue(conferenceId);
            command.Parameters.AddWithValue(m.Number);
            command.Parameters.AddWithValue(m.At.ToUniversalTime());
            command.Parameters.AddWithValue(Exact(m.At));
            command.Parameters.AddWithValue(m.RecordedBy);
            command.Parameters.AddWithValue(m.Text);
            command.Parameters.AddWithValue(NpgsqlDbType.Integer, (object?)m.Amends ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlDbType.Bigint, (object?)m.Sequence ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)m.IdempotencyKey ?? DBNull.Value);
            batch.BatchCommands.Add(command);
        }

        try
        {
            await batch.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation
            && e.ConstraintName?.Contains("idempotency_key", StringComparison.Ordinal) == true)
        {
            throw new IdempotencyKeyTakenException(minutes.First(m => m.IdempotencyKey is not null).IdempotencyKey!);
        }
    }

    private Task<IReadOnlyList<LoggedMinute>> ReadMinutesAsync(string sql, CancellationToken ct,
        params object[] parameters) =>
        database.ReadAsync(sql, r =>
            new LoggedMinute(r.GetInt32(0), FromExact(r.GetString(1)), r.GetGuid(2), r.GetString(3),
            r.OrNull<int>(4), r.OrNull<long>(5), r.TextOrNull(6)), ct, parameters);

    private Task<IReadOnlyList<LoggedEvent>> ReadEventsAsync(string sql, CancellationToken ct,
        params object[] parameters) =>
        database.ReadAsync(sql, r =>
            new LoggedEvent(r.GetInt64(0), FromExact(r.GetString(1)), r.GetString(2), r.GetString(3)), ct, parameters);

    private static string Exact(DateTimeOffset at) => at.ToString("o", CultureInfo.InvariantCulture);

    private static DateTimeOffset FromExact(string at) =>
        DateTimeOffset.ParseExact(at, "o", CultureInfo.InvariantCulture);
}
