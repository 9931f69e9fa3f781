using Npgsql;
using NpgsqlTypes;

namespace CaseConference.Storage;

/// <summary>What a command answered (JSON; null for a command that answers nothing) to a request with this fingerprint.</summary>
public sealed record IdempotentAnswer(string Fingerprint, string? Json);

/// <summary>
/// Issue 9: a grain's record of recent Idempotency-Keys and what their commands answered, per
/// person, kept for <see cref="Lifetime"/>. Another provider implements this interface and is
/// wired in <see cref="StorageHosting"/>.
/// </summary>
public interface IIdempotentAnswers
{
    /// <summary>How long a key is remembered: far longer than any client retries.</summary>
    static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    Task<IdempotentAnswer?> FindAsync(string grain, Guid pantiId, Guid staffId, string key, CancellationToken ct = default);

    /// <summary>Records the answer and forgets this grain's keys older than <see cref="Lifetime"/>.</summary>
    Task RecordAsync(string grain, Guid pantiId, Guid staffId, string key, IdempotentAnswer answer, CancellationToken ct = default);
}

/// <summary><see cref="IIdempotentAnswers"/> on the table of db/migrations/0031_idempotent_answers.sql.</summary>
public sealed class PostgresIdempotentAnswers(NpgsqlDataSource database) : IIdempotentAnswers
{
    private const string Expired = "at < now() - make_interval(secs => $2)";

    public async Task<IdempotentAnswer?> FindAsync(string grain, Guid pantiId, Guid staffId, string key, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand(
            "SELECT fingerprint, answer::text FROM idempotent_answers " +
            "WHERE grain = $1 AND panti_id = $3 AND staff_id = $4 AND key = $5 AND NOT (" + Expired + ")");
        Add(command.Parameters, grain, pantiId, staffId, key);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new IdempotentAnswer(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : null;
    }

    // One batch, one implicit transaction: an expired row of the same key is replaced.
    public async Task RecordAsync(string grain, Guid pantiId, Guid staffId, string key, IdempotentAnswer answer, CancellationToken ct = default)
    {
        await using var batch = database.CreateBatch();
        var forget = new NpgsqlBatchCommand("DELETE FROM idempotent_answers WHERE grain = $1 AND " + Expired);
        forget.Parameters.AddWithValue(grain);
        forget.Parameters.AddWithValue(IIdempotentAnswers.Lifetime.TotalSeconds);
        var record = new NpgsqlBatchCommand(
            "INSERT INTO idempotent_answers (grain, panti_id, staff_id, key, fingerprint, answer) VALUES ($1, $3, $4, $5, $6, $7) " +
            "ON CONFLICT (grain, panti_id, staff_id, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, answer = EXCLUDED.answer, at = now() " +
            "WHERE idempotent_answers.at < now() - make_interval(secs => $2)");
        Add(record.Parameters, grain, pantiId, staffId, key);
        record.Parameters.AddWithValue(answer.Fingerprint);
        record.Parameters.AddWithValue(NpgsqlDbType.Json, (object?)answer.Json ?? DBNull.Value);
        batch.BatchCommands.Add(forget);
        batch.BatchCommands.Add(record);
        await batch.ExecuteNonQueryAsync(ct);
    }

    private static void Add(NpgsqlParameterCollection parameters, string grain, Guid pantiId, Guid staffId, string key)
    {
        parameters.AddWithValue(grain);
        parameters.AddWithValue(IIdempotentAnswers.Lifetime.TotalSeconds);
        parameters.AddWithValue(pantiId);
        parameters.AddWithValue(staffId);
        parameters.AddWithValue(key);
    }
}
