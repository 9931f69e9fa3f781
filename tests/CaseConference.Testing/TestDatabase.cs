using CaseConference.Storage;
using Npgsql;

namespace CaseConference.Testing;

/// <summary>
/// A database of its own for one test or test class, created on the PostgreSQL server named by
/// <c>CASECONF_TEST_PG</c> (an admin connection string; ./test.sh starts a private server and
/// sets it) and dropped on dispose. Databases are named by a fresh Guid, so tests run in parallel.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "CASECONF_TEST_PG";

    private readonly string adminConnectionString;
    private readonly NpgsqlDataSource dataSource;

    private TestDatabase(string adminConnectionString, string name, string connectionString)
    {
        this.adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = connectionString;
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public string Name { get; }

    /// <summary>Connects to this database as the admin role, which owns it.</summary>
    public string ConnectionString { get; }

    /// <param name="migrate">Apply the embedded schema (<see cref="SchemaMigrator"/>) before returning.</param>
    public static async Task<TestDatabase> CreateAsync(bool migrate = false)
    {
        var admin = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set. Run the tests with ./test.sh, which starts a private PostgreSQL and sets it " +
                $"(or export an admin connection string yourself, e.g. {EnvironmentVariable}=\"Host=127.0.0.1;Port=5544;Username=app;Database=postgres\").");
        }

        var name = $"caseconf_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            // template0 with an explicit encoding and C locale: independent of the server's defaults.
            await using var create = new NpgsqlCommand(
                $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'", connection);
            await create.ExecuteNonQueryAsync();
        }

        var database = new TestDatabase(admin, name,
            new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString);
        if (migrate)
        {
            await SchemaMigrator.ApplyAsync(database.ConnectionString);
        }

        return database;
    }

    public ValueTask<NpgsqlConnection> OpenConnectionAsync() => dataSource.OpenConnectionAsync();

    public async Task<T?> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    /// <summary>The JSON an operator sees for a grain's state, by the key Orleans prints (e.g. "readable").</summary>
    public Task<string?> GrainStateJsonAsync(string grainKey, string? stateName = null) =>
        ScalarAsync<string>(
            "SELECT payload::text FROM orleans_grain_state WHERE grain_key = $1 AND ($2::text IS NULL OR state_name = $2) ORDER BY modified_at DESC LIMIT 1",
            grainKey, (object?)stateName ?? DBNull.Value);

    public async Task<int> ActiveSiloCountAsync(string clusterId) =>
        (int)(await ScalarAsync<long>("SELECT count(*) FROM orleans_membership WHERE cluster_id = $1 AND status = 3",
            clusterId));

    /// <summary>The stored SiloStatus of a silo given as Orleans' parsable address ("ip:port@generation").</summary>
    public async Task<int?> SiloStatusAsync(string clusterId, string siloAddress)
    {
        var at = siloAddress.LastIndexOf('@');
        var colon = siloAddress.LastIndexOf(':', at);
        var status = await ScalarAsync<int?>(
            "SELECT status FROM orleans_membership WHERE cluster_id = $1 AND address = $2 AND port = $3 AND generation = $4",
            clusterId, siloAddress[..colon], int.Parse(siloAddress[(colon + 1)..at]),
                int.Parse(siloAddress[(at + 1)..]));
        return status;
    }

    public async Task<int> ReminderCountAsync() =>
        (int)(await ScalarAsync<long>("SELECT count(*) FROM orleans_reminder"));

    public async ValueTask DisposeAsync()
    {
        await dataSource.DisposeAsync();
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        // FORCE: silos of a killed test cluster may still hold pooled connections.
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        try
        {
            await drop.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // FORCE refuses to end an autovacuum worker busy in the database (after a write-heavy
            // test); a plain DROP stops autovacuum itself. End our own sessions first, as FORCE would.
            await using var end = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND usename = current_user AND pid <> pg_backend_pid()",
                connection);
            end.Parameters.AddWithValue(Name);
            await end.ExecuteNonQueryAsync();
            await using var plainDrop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\"", connection);
            await plainDrop.ExecuteNonQueryAsync();
        }
    }
}
