using System.Net;
using CaseConference.Contracts;
using CaseConference.Storage;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Npgsql;
using Orleans.Hosting;
using Shouldly;

namespace CaseConference.Cluster.Tests.Foundation;

/// <summary>
/// Issue 9, failures that say what they are: a database that cannot be reached reaches the
/// caller as <see cref="UnavailableException"/> (storage_unavailable), never as the driver's
/// exception, which cannot cross the silo boundary; when it is back, the grain works again
/// without a restart.
/// </summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private readonly TcpRelay relay =
        new(ServerOf(Environment.GetEnvironmentVariable(TestDatabase.EnvironmentVariable)!));
    private PostgresTestCluster cluster = null!;

    public async Task InitializeAsync() => cluster = await PostgresTestCluster.StartAsync(silos: 1, silo =>
        silo.AddAdoNetGrainStorage(FragileGrain.Store, (OptionsBuilder<AdoNetGrainStorageOptions> o) =>
            o.Configure<NpgsqlDataSource>((options, database) =>
        {
            options.Invariant = StorageHosting.Invariant;
            options.DataSource = NpgsqlDataSource.Create(ThroughRelay(database));
        })));

    public async Task DisposeAsync()
    {
        await cluster.DisposeAsync();
        await relay.DisposeAsync();
    }

    [Fact]
    public async Task Issue9_an_unreachable_database_is_storage_unavailable_and_heals_without_restart()
    {
        var written = cluster.Client.GetGrain<IFragileGrain>("written");
        await written.Write(1);

        relay.Cut();
        (await Should.ThrowAsync<UnavailableException>(() => written.Write(2)))
            .Code.ShouldBe(UnavailableException.StorageCode);
        // A grain activated during the outage cannot read its state: no filter sees that, so the
        // driver's exception arrives inside Orleans' activation failure, readable (the gateway
        // answers it as 503 storage_unavailable), not as a codec failure.
        var activation =
            await Should.ThrowAsync<Exception>(() => cluster.Client.GetGrain<IFragileGrain>("new").Values());
        Chain(activation).OfType<NpgsqlException>().ShouldContain(e => e.IsTransient, activation.ToString());

        relay.Restore();
        await Poll.Until(async () =>
        {
            await written.Write(3);
            return true;
        }, ok => ok, TimeSpan.FromSeconds(30), "a write after the database came back");
        (await written.Values()).ShouldBe([1, 3]);
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? at = e; at is not null; at = at.InnerException)
        {
            yield return at;
        }
    }

    private static IPEndPoint ServerOf(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        return new IPEndPoint(IPAddress.Parse(settings.Host == "localhost" ? "127.0.0.1" : settings.Host!),
            settings.Port);
    }

    private string ThroughRelay(NpgsqlDataSource database) =>
        new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(TestDatabase.EnvironmentVariable))
    {
        Host = "127.0.0.1",
        Port = relay.Port,
        Database = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database,
        Timeout = 3,
    }.ConnectionString;
}
