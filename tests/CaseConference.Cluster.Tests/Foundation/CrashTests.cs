using Shouldly;

namespace CaseConference.Cluster.Tests.Foundation;

/// <summary>A silo killed mid-sequence loses no acknowledged write and duplicates none.</summary>
public sealed class CrashTests : IAsyncLifetime
{
    private PostgresTestCluster cluster = null!;

    public async Task InitializeAsync() => cluster = await PostgresTestCluster.StartAsync(silos: 2);

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill_and_none_is_duplicated()
    {
        const int total = 60;
        const int killAfter = 20;
        var ledger = cluster.Client.GetGrain<ILedgerGrain>("crash");
        await ledger.Append(0);
        var victim = await ledger.HostSilo();
        var acknowledged = new List<int> { 0 };

        for (var sequence = 1; sequence < total; sequence++)
        {
            if (sequence == killAfter)
            {
                await cluster.Cluster.KillSiloAsync(cluster.SiloAt(victim));
            }

            // A write whose acknowledgement is lost is retried with the same sequence number.
            await Poll.Until(async () => { await ledger.Append(sequence); return true; }, ok => ok,
                TimeSpan.FromSeconds(90), $"write {sequence} acknowledged");
            acknowledged.Add(sequence);
        }

        (await ledger.HostSilo()).ShouldNotBe(victim);
        var entries = await ledger.Entries();
        entries.ShouldBe(acknowledged);
        entries.Distinct().Count().ShouldBe(entries.Count);
    }
}
