using CaseConference.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Shouldly;

namespace CaseConference.Cluster.Tests.Foundation;

/// <summary>Grain state writes are optimistic: a stale version is refused, never silently lost.</summary>
public sealed class ConcurrencyTests : IAsyncLifetime
{
    private PostgresTestCluster cluster = null!;

    public async Task InitializeAsync() => cluster = await PostgresTestCluster.StartAsync(silos: 1);

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    private IGrainStorage Storage =>
        cluster.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageHosting.GrainStore);

    [Fact]
    public async Task A_stale_write_is_rejected_with_a_version_conflict()
    {
        var id = GrainId.Create("ledger", "concurrency");
        var alice = new GrainState<LedgerState>(new LedgerState());
        var bob = new GrainState<LedgerState>(new LedgerState());
        await Storage.ReadStateAsync("ledger", id, alice);
        await Storage.ReadStateAsync("ledger", id, bob);

        alice.State!.Entries.Add(1);
        await Storage.WriteStateAsync("ledger", id, alice);

        bob.State!.Entries.Add(2);
        await Should.ThrowAsync<InconsistentStateException>(() => Storage.WriteStateAsync("ledger", id, bob));

        var stored = new GrainState<LedgerState>(new LedgerState());
        await Storage.ReadStateAsync("ledger", id, stored);
        stored.State!.Entries.ShouldBe([1]);
        stored.ETag.ShouldBe(alice.ETag);
    }

    [Fact]
    public async Task Two_first_writes_of_one_grain_cannot_both_insert()
    {
        var id = GrainId.Create("ledger", "first-writes");
        var writers = Enumerable.Range(1, 8).Select(async n =>
        {
            var state = new GrainState<LedgerState>(new LedgerState { Entries = [n] });
            try
            {
                await Storage.WriteStateAsync("ledger", id, state);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        });

        var outcomes = await Task.WhenAll(writers);
        outcomes.Count(ok => ok).ShouldBe(1);
    }

    [Fact]
    public async Task Grain_state_is_stored_as_json_an_operator_can_read()
    {
        var ledger = cluster.Client.GetGrain<ILedgerGrain>("readable");
        await ledger.Append(41);
        await ledger.Append(42);

        var json = await cluster.Database.GrainStateJsonAsync("readable");
        json.ShouldNotBeNull();
        json.ShouldContain("41");
        json.ShouldContain("42");
        System.Text.Json.JsonDocument.Parse(json).ShouldNotBeNull();
    }
}
