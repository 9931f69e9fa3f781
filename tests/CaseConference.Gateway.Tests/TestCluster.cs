using System.Reflection;
using CaseConference.Contracts;
using CaseConference.Grains;
using CaseConference.Storage;
using CaseConference.Testing;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace CaseConference.Gateway.Tests;

/// <summary>
/// An in-process silo on a fresh PostgreSQL database, wired as production silos are (the approach
/// of tests/CaseConference.Cluster.Tests/PostgresTestCluster.cs): membership in PostgreSQL, so a
/// gateway under test finds the silo exactly as a deployed gateway does, through the table.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private TestCluster(TestDatabase database, InProcessTestCluster cluster)
    {
        Database = database;
        Cluster = cluster;
    }

    public TestDatabase Database { get; }

    public InProcessTestCluster Cluster { get; }

    public IClusterClient Client => Cluster.Client;

    public string ClusterId => Cluster.Options.ClusterId;

    public string ServiceId => Cluster.Options.ServiceId;

    public static async Task<TestCluster> StartAsync()
    {
        var database = await TestDatabase.CreateAsync(migrate: true);
        var builder = new InProcessTestClusterBuilder(1);
        (typeof(InProcessTestClusterOptions).GetProperty("UseTestClusterMembership", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            ?? throw new InvalidOperationException("InProcessTestClusterOptions.UseTestClusterMembership is gone."))
            .SetValue(builder.Options, false);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.UseCaseConferenceStorage(database.ConnectionString);
            silo.AddCaseConferenceGrains();
        });
        builder.ConfigureClient(client =>
        {
            client.UseCaseConferenceClustering(database.ConnectionString);
            client.Services.AddSerializer(s => s.AddCaseConferenceSerialization());
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new TestCluster(database, cluster);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
    }
}
