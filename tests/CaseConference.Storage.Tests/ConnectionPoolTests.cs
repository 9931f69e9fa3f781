using Npgsql;
using Shouldly;

namespace CaseConference.Storage.Tests;

/// <summary>
/// Issue 9: each process holds a bounded pool, so silos and gateways together stay under PostgreSQL's max_connections.
/// </summary>
public sealed class ConnectionPoolTests
{
    private const string Plain = "Host=db.internal;Database=caseconference;Username=caseconference;Password=rahasia";

    [Fact]
    public void Issue09_a_connection_string_without_a_pool_size_gets_the_process_default()
    {
        var pooled =
            new NpgsqlConnectionStringBuilder(ConnectionPool.WithPoolSize(Plain, ConnectionPool.SiloMaxPoolSize));

        pooled.MaxPoolSize.ShouldBe(ConnectionPool.SiloMaxPoolSize);
        (pooled.Host, pooled.Database, pooled.Password).ShouldBe(("db.internal", "caseconference", "rahasia"));
    }

    [Theory]
    [InlineData("Maximum Pool Size=150")]
    [InlineData("MaxPoolSize=150")]
    public void Issue09_a_pool_size_the_operator_set_is_kept(string setting) =>
        new NpgsqlConnectionStringBuilder(ConnectionPool.WithPoolSize($"{Plain};{setting}",
            ConnectionPool.SiloMaxPoolSize)).MaxPoolSize.ShouldBe(150);

    [Fact]
    public void Issue09_the_defaults_of_three_silos_and_two_gateways_fit_postgresql_s_default_max_connections() =>
        (3 * ConnectionPool.SiloMaxPoolSize + 2 * ConnectionPool.GatewayMaxPoolSize).ShouldBeLessThan(100 - 3);
}
