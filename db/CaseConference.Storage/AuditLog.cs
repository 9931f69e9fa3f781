using Npgsql;

namespace CaseConference.Storage;

/// <summary>One line of the audit log: who did what to which record, when (CL6).</summary>
public sealed record AuditEntry(Guid PantiId, Guid StaffId, string Action, Guid SubjectId, string Detail, DateTimeOffset At);

/// <summary>The append-only audit log. Entries are never changed or removed (the table refuses it).</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>A panti's entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(Guid pantiId, int limit, CancellationToken cancellationToken = default);
}

public sealed class PostgresAuditLog(NpgsqlDataSource database) : IAuditLog
{
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

    public Task<IReadOnlyList<AuditEntry>> ReadAsync(Guid pantiId, int limit, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            "SELECT panti_id, staff_id, action, subject_id, detail, at FROM audit_log WHERE panti_id = $1 ORDER BY at DESC, id DESC LIMIT $2",
            r => new AuditEntry(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetGuid(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5)),
            cancellationToken, pantiId, limit);
}
