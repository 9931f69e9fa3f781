using Orleans.Runtime;
using Shouldly;

namespace CaseConference.Cluster.Tests.Foundation;

/// <summary>Silos find each other through the membership rows in PostgreSQL.</summary>
public sealed class MembershipTests : IAsyncLifetime
{
    private PostgresTestCluster cluster = null!;

    public async Task InitializeAsync() => cluster = await PostgresTestCluster.StartAsync(silos: 3);

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    [Fact]
    public async Task Three_silos_form_one_cluster_recorded_in_postgres()
    {
        var hosts = await cluster.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        hosts.Count.ShouldBe(3);

        var active = await Poll.Until(
            () => cluster.Database.ActiveSiloCountAsync(cluster.Cluster.Options.ClusterId),
            count => count == 3, TimeSpan.FromSeconds(30), "three active membership rows");
        active.ShouldBe(3);
    }

    [Fact]
    public async Task State_written_through_one_silo_is_read_through_another()
    {
        var ledger = cluster.Client.GetGrain<ILedgerGrain>("handover");
        await ledger.Append(1);
        await ledger.Append(2);
        var first = await ledger.HostSilo();

        await cluster.Cluster.StopSiloAsync(cluster.SiloAt(first));

        var second = await Poll.Until(ledger.HostSilo, host => host != first, TimeSpan.FromSeconds(60),
            "reactivation on another silo");
        second.ShouldNotBe(first);
        (await ledger.Entries()).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Killed_silo_is_declared_dead_and_its_grains_reactivate_elsewhere()
    {
        var ledger = cluster.Client.GetGrain<ILedgerGrain>("survivor");
        await ledger.Append(7);
        var victim = await ledger.HostSilo();

        await cluster.Cluster.KillSiloAsync(cluster.SiloAt(victim));

        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        await Poll.Until(
            () => management.GetHosts(onlyActive: false),
            hosts => hosts.Any(h => h.Key.ToParsableString() == victim && h.Value == SiloStatus.Dead),
            TimeSpan.FromSeconds(60), "the killed silo declared dead");
        await Poll.Until(
            () => cluster.Database.SiloStatusAsync(cluster.Cluster.Options.ClusterId, victim),
            status => status == (int)SiloStatus.Dead, TimeSpan.FromSeconds(30), "the dead status written to postgres");

        var host = await Poll.Until(ledger.HostSilo, h => h != victim, TimeSpan.FromSeconds(60),
            "reactivation on a survivor");
        host.ShouldNotBe(victim);
        (await ledger.Entries()).ShouldBe([7]);
    }
}
