using System.Data;
using CaseConference.Testing;
using Npgsql;

namespace CaseConference.Storage.Tests;

/// <summary>
/// Runs a statement from OrleansQuery the way the Orleans providers do: by key, with named
/// parameters (no '@' in the name) typed by DbType, reading columns by name.
/// </summary>
internal static class StoredStatements
{
    public static async Task<List<Dictionary<string, object?>>> RunAsync(
        this TestDatabase database, string queryKey, params (string Name, object? Value, DbType Type)[] parameters)
    {
        var text = await database.ScalarAsync<string>("SELECT QueryText FROM OrleansQuery WHERE QueryKey = $1",
            queryKey)
            ?? throw new InvalidOperationException($"No statement stored under {queryKey}.");
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        foreach (var (name, value, type) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            parameter.DbType = type;
            command.Parameters.Add(parameter);
        }

        command.CommandText = text;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount)
                .ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }

        return rows;
    }

    /// <summary>The parameters the grain storage provider sends for a string-keyed grain.</summary>
    public static (string, object?, DbType)[] GrainParameters(string stateName, string key, int? version,
        string? json = null) =>
    [
        ("GrainIdHash", 17, DbType.Int32),
        ("GrainIdN0", 0L, DbType.Int64),
        ("GrainIdN1", 0L, DbType.Int64),
        ("GrainTypeHash", 42, DbType.Int32),
        ("GrainTypeString", stateName, DbType.String),
        ("GrainIdExtensionString", key, DbType.String),
        ("ServiceId", "test-service", DbType.String),
        ("GrainStateVersion", version, DbType.Int32),
        ("PayloadBinary", json is null ? null : System.Text.Encoding.UTF8.GetBytes(json), DbType.Binary),
    ];
}
