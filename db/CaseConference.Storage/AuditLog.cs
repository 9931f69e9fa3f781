using Npgsql;
using NpgsqlTypes;

namespace CaseConference.Storage;

/// <summary>One line of the audit log: who did what to which record, when (CL6).</summary>
public sealed record AuditEntry(Guid PantiId, Guid StaffId, string Action, Guid SubjectId,
    string Detail, DateTimeOffset At);

/// <summary>
/// The kinds of line the log holds (its <see cref="AuditEntry.Action"/>); one name each, written and filtered by.
/// </summary>
public static class AuditActions
{
    public const string CaseRecordRead = "case_record.read";
    public const string CaseRecordRefused = "case_record.refused";

    /// <summary>
    /// The client list left the product as CSV (issue 10); the subject is the panti, the detail the filters and row
    /// count.
    /// </summary>
    public const string ClientListExported = "client_list.exported";

    /// <summary>
    /// The review schedule left the product as CSV (issue 10); the subject is the panti, the detail the filters and row
    /// count.
    /// </summary>
    public const string ReviewScheduleExported = "review_schedule.exported";

    public static readonly IReadOnlyList<string> All = [CaseRecordRead, CaseRecordRefused, ClientListExported,
        ReviewScheduleExported];
}

/// <summary>
/// Which lines of one panti's log: each filter optional, <see cref="From"/> inclusive, <see cref="Before"/> exclusive.
/// </summary>
public sealed record AuditQuery(
    Guid PantiId, Guid? StaffId = null, Guid? SubjectId = null, string? Action = null, DateTimeOffset? From = null,
    DateTimeOffset? Before = null, int Offset = 0, int Limit = 50);

/// <summary>One page of lines, newest first, and how many matched in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total);

/// <summary>The append-only audit log. Entries are never changed or removed (the table refuses it).</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The lines that match, newest first (ties by insertion, so pages never overlap).</summary>
    Task<AuditPage> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default);
}

public sealed class PostgresAuditLog(NpgsqlDataSource database) : IAuditLog
{
    private const string Matching = """
        FROM audit_log WHERE panti_id = $1 AND ($2::uuid IS NULL OR staff_id = $2) AND ($3::uuid IS NULL OR subject_id = $3)
        AND ($4::text IS NULL OR action = $4) AND ($5::timestamptz IS NULL OR at >= $5) AND ($6::timestamptz IS NULL OR at < $6)
        """;

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var command = database.CreateCommand(
            "INSERT INTO audit_log (panti_id, staff_id, action, subject_id, detail, at) VALUES ($1, $2, $3, $4, $5, $6)");
        command.Parameters.AddWithValue(entry.PantiId);
        command.Parameters.AddWithValue(entry.StaffId);
        command.Parameters.AddWithValue(entry.Action);
        command.Parameters.AddWithValue(entry.SubjectId);
        command.Parameters.AddWithValue(entry.Detail);
        command.Parameters.AddWithValue(entry.At.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<AuditPage> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var batch = database.CreateBatch();
        batch.BatchCommands.Add(Filtered(query, $"SELECT count(*)::int {Matching}"));
        var page = Filtered(query,
            $"SELECT panti_id, staff_id, action, subject_id, detail, at {Matching} ORDER BY at DESC, id DESC OFFSET $7 LIMIT $8");
        page.Parameters.Add(new NpgsqlParameter { Value = query.Offset, NpgsqlDbType = NpgsqlDbType.Integer });
        page.Parameters.Add(new NpgsqlParameter { Value = query.Limit, NpgsqlDbType = NpgsqlDbType.Integer });
        batch.BatchCommands.Add(page);

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var total = reader.GetInt32(0);
        await reader.NextResultAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetGuid(3),
                reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return new AuditPage(entries, total);
    }

    private static NpgsqlBatchCommand Filtered(AuditQuery query, string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = query.PantiId, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(Optional(query.StaffId, NpgsqlDbType.Uuid));
        command.Parameters.Add(Optional(query.SubjectId, NpgsqlDbType.Uuid));
        command.Parameters.Add(Optional(query.Action, NpgsqlDbType.Text));
        command.Parameters.Add(Optional(query.From?.ToUniversalTime(), NpgsqlDbType.TimestampTz));
        command.Parameters.Add(Optional(query.Before?.ToUniversalTime(), NpgsqlDbType.TimestampTz));
        return command;
    }

    private static NpgsqlParameter Optional(object? value, NpgsqlDbType type) =>
        new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
