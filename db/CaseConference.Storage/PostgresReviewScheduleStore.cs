using Npgsql;
using NpgsqlTypes;

namespace CaseConference.Storage;

/// <summary>
/// <see cref="IReviewScheduleStore"/> on the table of db/migrations/0033_review_schedule_clients.sql.
/// </summary>
public sealed class PostgresReviewScheduleStore(NpgsqlDataSource database) : IReviewScheduleStore
{
    // One statement whatever the batch size: the arrays travel as two parameters.
    private const string Upsert =
        "INSERT INTO review_schedule_clients (panti_id, client_id, facts) " +
        "SELECT $1, c.id, c.facts FROM unnest($2::uuid[], $3::json[]) AS c (id, facts) " +
        "ON CONFLICT (panti_id, client_id) DO UPDATE SET facts = excluded.facts, written_at = now()";

    public async Task WriteClientsAsync(Guid pantiId, IReadOnlyCollection<ScheduledClient> clients,
        CancellationToken ct = default)
    {
        if (clients.Count == 0)
        {
            return;
        }

        await using var command = database.CreateCommand(Upsert);
        command.Parameters.AddWithValue(pantiId);
        command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Uuid,
            clients.Select(c => c.ClientId).ToArray());
        command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Json, clients.Select(c => c.Json).ToArray());
        await command.ExecuteNonQueryAsync(ct);
    }

    public Task<IReadOnlyList<ScheduledClient>> ClientsAsync(Guid pantiId, CancellationToken ct = default) =>
        database.ReadAsync("SELECT client_id, facts::text FROM review_schedule_clients WHERE panti_id = $1",
            r => new ScheduledClient(r.GetGuid(0), r.GetString(1)), ct, pantiId);
}
