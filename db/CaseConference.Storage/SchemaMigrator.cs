using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CaseConference.Storage;

/// <summary>
/// Brings a database up to the schema in <c>db/migrations/NNNN_name.sql</c> (embedded in this
/// assembly). Each migration runs once, in version order, in its own transaction together with
/// its <c>schema_version</c> row, so a failed migration leaves no trace and is retried next time.
/// Migrations therefore must not use statements that cannot run in a transaction
/// (CREATE INDEX CONCURRENTLY, for example).
/// </summary>
public static partial class SchemaMigrator
{
    // Several silos may start at once. Every transaction that reads or writes schema_version
    // first takes this transaction-scoped advisory lock (advisory locks are per database), so
    // callers queue instead of racing, and the one that waited sees the others' work.
    private const long LockKey = 0x43415345_434F4E46; // "CASECONF"

    private static readonly Lazy<IReadOnlyList<Migration>> Embedded = new(LoadEmbedded);

    /// <summary>The migrations in this build, in the order they apply.</summary>
    public static IReadOnlyList<Migration> Migrations => Embedded.Value;

    /// <returns>The number of migrations this call applied (0 when the schema was current).</returns>
    public static async Task<int> ApplyAsync(string connectionString, ILogger? logger = null,
        CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(StorageOptions.Require(connectionString));
        await connection.OpenAsync(ct);

        var applied = 0;
        foreach (var migration in Migrations)
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock($1)", ct, LockKey);
            await ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS schema_version (
                    version    integer     PRIMARY KEY,
                    name       text        NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, ct);
            if (await IsAppliedAsync(connection, migration.Version, ct))
            {
                continue; // disposing the transaction rolls it back and releases the lock
            }

            await ExecuteAsync(connection, migration.Sql, ct);
            await ExecuteAsync(connection, "INSERT INTO schema_version (version, name) VALUES ($1, $2)", ct,
                migration.Version, migration.Name);
            await transaction.CommitAsync(ct);
            applied++;
            logger?.LogInformation("Applied migration {Version} {Name}", migration.Version, migration.Name);
        }

        return applied;
    }

    private static async Task<bool> IsAppliedAsync(NpgsqlConnection connection, int version, CancellationToken ct)
    {
        await using var command =
            new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM schema_version WHERE version = $1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct,
        params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(ct);
    }

    private static IReadOnlyList<Migration> LoadEmbedded()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.Contains(".migrations.", StringComparison.Ordinal)
                || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            // A misnamed file would otherwise be skipped without a word.
            var match = ResourceName().Match(resource);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration resource {resource} is not named NNNN_name.sql.");
            }

            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            migrations.Add(new Migration(int.Parse(match.Groups["version"].Value),
                match.Groups["name"].Value, reader.ReadToEnd()));
        }

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Two migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
        }

        return [.. migrations.OrderBy(m => m.Version)];
    }

    // The csproj embeds ../migrations/*.sql under "migrations", so a resource is named
    // "CaseConference.Storage.migrations.0002_membership.sql".
    [GeneratedRegex(@"\.migrations\.(?<version>\d+)_(?<name>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();
}

/// <summary>One embedded migration file, e.g. version 2, name "membership".</summary>
public sealed record Migration(int Version, string Name, string Sql);
