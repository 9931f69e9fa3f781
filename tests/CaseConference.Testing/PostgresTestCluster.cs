using System.Reflection;
using CaseConference.Contracts;
using CaseConference.Grains;
using CaseConference.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace CaseConference.Testing;

/// <summary>
/// An in-process Orleans cluster whose membership, grain state and reminders live in a fresh
/// PostgreSQL database of its own, wired exactly as production silos are
/// (<see cref="StorageHosting"/>). Each instance owns its database, so test classes run in parallel.
/// </summary>
public sealed class PostgresTestCluster : IAsyncDisposable
{
    private PostgresTestCluster(TestDatabase database, InProcessTestCluster cluster)
    {
        Database = database;
        Cluster = cluster;
    }

    public TestDatabase Database { get; }

    public InProcessTestCluster Cluster { get; }

    public IClusterClient Client => Cluster.Client;

    /// <param name="clock">Shared by every silo, so a test moves time for the whole cluster.</param>
    public static async Task<PostgresTestCluster> StartAsync(short silos, Action<ISiloBuilder>? configureSilo = null,
        TimeProvider? clock = null)
    {
        var database = await TestDatabase.CreateAsync(migrate: true);
        var builder = new InProcessTestClusterBuilder(silos);
        UseDatabaseMembership(builder.Options);
        builder.ConfigureSilo((_, silo) =>
        {
            if (clock is not null)
            {
                // Grains (and their timers) read the test's clock; membership, messaging timeouts
                // and reminders stay on real time, so moving the clock by months neither times out
                // calls nor declares silos dead.
                silo.Services.AddSingleton(clock);
                silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            }

            silo.UseCaseConferenceStorage(database.ConnectionString);
            silo.AddCaseConferenceGrains();
            silo.Configure<ClusterMembershipOptions>(FastFailureDetection);
            configureSilo?.Invoke(silo);
        });
        builder.ConfigureClient(client =>
        {
            client.UseCaseConferenceClustering(database.ConnectionString);
            client.Services.AddSerializer(s => s.AddCaseConferenceSerialization());
        });

        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new PostgresTestCluster(database, cluster);
    }

    /// <summary>
    /// Membership must come from PostgreSQL, as in production. Orleans 10.4 made the switch to the
    /// test cluster's in-memory membership table internal (on by default, and registered after our
    /// silo configuration, so it would win); it is turned off here by name.
    /// </summary>
    private static void UseDatabaseMembership(InProcessTestClusterOptions options) =>
        (typeof(InProcessTestClusterOptions).GetProperty("UseTestClusterMembership",
            BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            ?? throw new InvalidOperationException(
                "InProcessTestClusterOptions.UseTestClusterMembership is gone; see the Orleans release notes."))
        .SetValue(options, false);

    /// <summary>
    /// Declares a crashed silo dead within seconds rather than the production default of a
    /// minute or more, so failure tests finish quickly. The protocol is the production one.
    /// </summary>
    private static void FastFailureDetection(ClusterMembershipOptions o)
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(1);
        o.NumMissedProbesLimit = 2;
        o.NumVotesForDeathDeclaration = 1;
        o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
        o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
    }
}
