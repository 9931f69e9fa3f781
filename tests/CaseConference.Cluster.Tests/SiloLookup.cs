using Orleans.TestingHost;

namespace CaseConference.Cluster.Tests;

public static class SiloLookup
{
    /// <summary>The handle of the silo with the given parsable address.</summary>
    public static InProcessSiloHandle SiloAt(this PostgresTestCluster cluster, string address) =>
        cluster.Cluster.Silos.Single(s => s.SiloAddress.ToParsableString() == address);
}
