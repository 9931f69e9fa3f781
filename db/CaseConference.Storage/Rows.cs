using Npgsql;

namespace CaseConference.Storage;

/// <summary>The one reader of query rows into records, for every store on <see cref="NpgsqlDataSource"/>.</summary>
internal static class Rows
{
    /// <summary>
    /// Runs <paramref name="sql"/> with positional parameters ($1, $2, …, in order) and makes each row
    /// a record with <paramref name="record"/>.
    /// </summary>
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(
        this NpgsqlDataSource database, string sql, Func<NpgsqlDataReader, T> record, CancellationToken ct,
            params object[] parameters)
    {
        await using var command = database.CreateCommand(sql);
        foreach (var p in parameters)
        {
            command.Parameters.AddWithValue(p);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(record(reader));
        }

        return rows;
    }

    /// <summary>A nullable column: null for SQL NULL, else the value as <typeparamref name="T"/>.</summary>
    public static T? OrNull<T>(this NpgsqlDataReader reader, int column) where T : struct =>
        reader.IsDBNull(column) ? null : reader.GetFieldValue<T>(column);

    /// <summary>A nullable text column.</summary>
    public static string? TextOrNull(this NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : reader.GetString(column);
}
