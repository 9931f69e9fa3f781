using Npgsql;

namespace CaseConference.Storage;

/// <summary>
/// How many PostgreSQL connections one process may hold. Every silo and gateway keeps a pool of
/// its own, and PostgreSQL refuses connections past <c>max_connections</c> (100 by default) with
/// SQL state 53300, which reaches callers as 503 storage_unavailable: at 800 minute entries a
/// second a silo with Npgsql's default of 100 opened connections until PostgreSQL refused them.
/// A pool of a few dozen keeps a burst waiting for a free connection (up to the connection
/// string's <c>Timeout</c>, 15 s by default) instead of failing; two cores commit no faster
/// with more. A connection string that names <c>Maximum Pool Size</c> keeps its own.
/// </summary>
public static class ConnectionPool
{
    /// <summary>A silo: grain state, the KK's rows, reminders, membership.</summary>
    public const int SiloMaxPoolSize = 24;

    /// <summary>A gateway: membership, the audit log's reads.</summary>
    public const int GatewayMaxPoolSize = 8;

    private const string MaxPoolSizeKey = "Maximum Pool Size";

    /// <summary>The connection string with <paramref name="maxPoolSize"/> unless it names a pool size itself.</summary>
    public static string WithPoolSize(string connectionString, int maxPoolSize)
    {
        var settings = new NpgsqlConnectionStringBuilder(StorageOptions.Require(connectionString));
        // The builder lists only the keywords the string set, each by its canonical name (MaxPoolSize too).
        if (!settings.Keys.Contains(MaxPoolSizeKey))
        {
            settings.MaxPoolSize = maxPoolSize;
        }

        return settings.ConnectionString;
    }
}
