using Shouldly;

namespace CaseConference.Cluster.Tests.Foundation;

/// <summary>Reminders live in PostgreSQL, so they outlive the silos that registered them.</summary>
public sealed class ReminderTests : IAsyncLifetime
{
    private PostgresTestCluster cluster = null!;

    public async Task InitializeAsync() => cluster = await PostgresTestCluster.StartAsync(silos: 1);

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    [Fact]
    public async Task A_reminder_registered_before_a_silo_restart_fires_after_it()
    {
        var ledger = cluster.Client.GetGrain<ILedgerGrain>("reminder");
        await ledger.RegisterReminder(dueTime: TimeSpan.FromSeconds(20));
        var before = await ledger.HostSilo();
        (await cluster.Database.ReminderCountAsync()).ShouldBe(1);

        // Crash the only silo and start a new one: nothing of the first survives but the database.
        await cluster.Cluster.KillSiloAsync(cluster.SiloAt(before));
        await cluster.Cluster.StartAdditionalSiloAsync();

        var firings = await Poll.Until(ledger.ReminderFirings, f => f.Count > 0, TimeSpan.FromSeconds(90),
            "the reminder to fire");
        firings.ShouldAllBe(silo => silo != before);
    }
}
