using CaseConference.Testing;
using Orleans.TestingHost;

namespace CaseConference.Gateway.Tests;

/// <summary>
/// One in-process silo on a fresh PostgreSQL database (<see cref="PostgresTestCluster"/>, wired as
/// production silos are): membership in PostgreSQL, so a gateway under test finds the silo exactly
/// as a deployed gateway does, through the table.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly PostgresTestCluster inner;

    private TestCluster(PostgresTestCluster inner) => this.inner = inner;

    public TestDatabase Database => inner.Database;

    public InProcessTestCluster Cluster => inner.Cluster;

    public IClusterClient Client => inner.Client;

    public string ClusterId => Cluster.Options.ClusterId;

    public string ServiceId => Cluster.Options.ServiceId;

    public static async Task<TestCluster> StartAsync() => new(await PostgresTestCluster.StartAsync(silos: 1));

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
