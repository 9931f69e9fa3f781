using System.Text.Json;
using System.Text.Json.Nodes;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Reviews;
using Orleans.Runtime;
using Shouldly;

namespace CaseConference.Cluster.Tests.Reviews;

/// <summary>
/// Issue 9: a panti's review schedule keeps each client as a row of its own, its snapshot does not
/// grow with the clients, and its view is built once per change, not per read.
/// </summary>
public sealed class ReviewScheduleStorageTests : IAsyncLifetime
{
    private ClusterWorld world = null!;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Issue09_a_client_notice_writes_its_own_row_and_the_snapshot_stays_the_same_at_5_and_500_clients()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var clients = Reviewed(panti, 500);
        await TellAsync(panti, clients.Take(5));
        await panti.Schedule.Replan();
        var sizeAt5 = await SnapshotSizeAsync(panti);
        (await RowCountAsync(panti)).ShouldBe(5);

        await TellAsync(panti, clients.Skip(5));
        await panti.Schedule.Replan();
        (await RowCountAsync(panti)).ShouldBe(500);
        (await SnapshotSizeAsync(panti)).ShouldBeLessThanOrEqualTo(sizeAt5 + 4,
            "the snapshot holds no clients (the version may gain a digit)");

        // One client renamed: its row alone is written again.
        var since = await world.Cluster.Database.ScalarAsync<DateTime>("SELECT clock_timestamp()");
        var renamed = clients[42] with { Name = "Slamet Riyadi (Pak Met)" };
        await TellAsync(panti, [renamed]);
        await panti.Schedule.Replan();
        (await world.Cluster.Database.ScalarAsync<long>(
            "SELECT count(*) FROM review_schedule_clients WHERE panti_id = $1 AND written_at > $2", panti.Id, since))
                .ShouldBe(1);
        (await world.Cluster.Database.ScalarAsync<string>(
            "SELECT facts->>'name' FROM review_schedule_clients WHERE panti_id = $1 AND client_id = $2", panti.Id,
                renamed.ClientId)).ShouldBe(renamed.Name);
        (await panti.Schedule.View(panti.Staf)).ClientNames[renamed.ClientId].ShouldBe(renamed.Name);
    }

    [Fact]
    public async Task Issue09_a_burst_of_notices_is_one_pass_one_write_and_one_change_event()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        await panti.Schedule.Replan();
        var before = (await panti.Schedule.View(panti.Staf)).Version;

        await TellAsync(panti, Reviewed(panti, 1000));
        (await RowCountAsync(panti)).ShouldBe(0, "a notice writes nothing by itself");

        // The grains' timers run on the test's clock: moving it past the coalescing delay runs the pass.
        world.AdvanceTo(world.Now.AddSeconds(1));
        await Poll.Until(() => RowCountAsync(panti), n => n == 1000, TimeSpan.FromSeconds(30),
            "the coalesced pass writing every row");
        var after = await Poll.Until(() => panti.Schedule.View(panti.Staf), v => v.Version > before,
            TimeSpan.FromSeconds(30), "the pass's change event");
        after.Version.ShouldBe(before + 1);
        after.Reviews.Count.ShouldBe(1000);
    }

    [Fact]
    public async Task Issue09_the_schedule_reads_its_clients_back_after_reactivation_and_gives_the_same_last_event()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        await TellAsync(panti, Reviewed(panti, 50));
        await panti.Schedule.Replan();
        var before = await panti.Schedule.View(panti.Staf);
        var events = await panti.Schedule.EventsSince(0);
        events.ShouldHaveSingleItem().Sequence.ShouldBe(before.Version);

        await world.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var after = await panti.Schedule.View(panti.Staf);
        after.Version.ShouldBe(before.Version);
        after.Entries.ShouldBe(before.Entries);
        after.Reviews.ShouldBe(before.Reviews);
        after.ClientNames.OrderBy(c => c.Key).ShouldBe(before.ClientNames.OrderBy(c => c.Key));
        after.RegisterNumbers!.OrderBy(c => c.Key).ShouldBe(before.RegisterNumbers!.OrderBy(c => c.Key));
        (await Poll.Until(() => panti.Schedule.EventsSince(0), e => e.Count > 0, TimeSpan.FromSeconds(10),
            "the last event given again"))
            .ShouldBe(events);
    }

    [Fact]
    public async Task Issue09_state_written_with_clients_and_the_event_inside_moves_them_out_once()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var clients = Reviewed(panti, 3);
        await TellAsync(panti, clients);
        await panti.Schedule.Replan();
        var before = await panti.Schedule.View(panti.Staf);
        var events = await panti.Schedule.EventsSince(0);

        // The state as it was written before review_schedule_clients existed.
        var key = panti.Id.ToString();
        var json = JsonNode.Parse((await world.Cluster.Database.GrainStateJsonAsync(key, "schedule"))!)!;
        json["clients"] = JsonSerializer.SerializeToNode(clients.ToDictionary(c => c.ClientId),
            Storage.JsonStateSerializer.Options);
        json["events"] = JsonSerializer.SerializeToNode(events, Storage.JsonStateSerializer.Options);
        json["version"] = 0;
        json["publishedAt"] = null;
        await world.Cluster.Database.ScalarAsync<int>(
            "WITH old AS (UPDATE orleans_grain_state SET payload = $2::json WHERE state_name = 'schedule' AND grain_key = $1 RETURNING 1), " +
            "c AS (DELETE FROM review_schedule_clients WHERE panti_id = $3 RETURNING 1) SELECT count(*)::int FROM old",
                key, json.ToJsonString(), panti.Id);
        await world.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var after = await panti.Schedule.View(panti.Staf);
        after.Version.ShouldBe(before.Version);
        after.Reviews.ShouldBe(before.Reviews);
        (await panti.Schedule.EventsSince(0)).ShouldBe(events);
        (await RowCountAsync(panti)).ShouldBe(3);
        var stored = JsonNode.Parse((await world.Cluster.Database.GrainStateJsonAsync(key, "schedule"))!)!;
        (stored["clients"]!.AsObject().Count, stored["events"]!.AsArray().Count, (long)stored["version"]!)
            .ShouldBe((0, 0, before.Version));
    }

    [Fact]
    public async Task
        Issue09_a_read_answers_the_build_it_already_has_without_the_view_until_a_client_or_the_day_changes()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var clients = Reviewed(panti, 20);
        await TellAsync(panti, clients);
        await panti.Schedule.Replan();

        var first = await panti.Schedule.Read(panti.Staf, Guid.Empty);
        first.View.ShouldNotBeNull().Reviews.Count.ShouldBe(20);
        var again = await panti.Schedule.Read(panti.Staf, first.Build);
        (again.Build, again.Version, again.View).ShouldBe((first.Build, first.Version, null));

        await panti.Schedule.ClientChanged(clients[0] with { Name = "Budi Santoso" });
        var renamed = await Poll.Until(() => panti.Schedule.Read(panti.Staf, first.Build), r => r.View is not null,
            TimeSpan.FromSeconds(10), "a new build after the notice");
        renamed.View!.ClientNames[clients[0].ClientId].ShouldBe("Budi Santoso");

        // RV1/RV3 without any notice or pass: once the due day has passed, the next read is built again, overdue.
        world.AdvanceTo(ClusterWorld.Start.AddMonths(4));
        var later = await panti.Schedule.Read(panti.Staf, renamed.Build);
        later.View.ShouldNotBeNull().Reviews.ShouldAllBe(r => r.Status == ReviewStatus.Overdue);
        later.View.OverdueEscalated.Count.ShouldBe(20);
    }

    /// <summary>
    /// Clients in guidance whose last review was yesterday: on the list, due in three months, not placed.
    /// </summary>
    private List<ClientFacts> Reviewed(TestPanti panti, int count) =>
        [.. Enumerable.Range(1, count).Select(n => new ClientFacts(
        Guid.NewGuid(), panti.Id, $"Klien {n:0000}", ClientStage.InGuidance, panti.PeksosId,
            world.Now.AddDays(-1 - (n % 30)), $"REG-{n:0000}"))];

    /// <summary>Sends the notices one way, as client grains do, and waits until the schedule holds them.</summary>
    private static async Task TellAsync(TestPanti panti, IEnumerable<ClientFacts> clients)
    {
        var sent = clients.ToList();
        foreach (var facts in sent)
        {
            await panti.Schedule.ClientChanged(facts);
        }

        await Poll.Until(() => panti.Schedule.View(panti.Staf),
            v => sent.All(c => v.ClientNames.GetValueOrDefault(c.ClientId) == c.Name),
            TimeSpan.FromSeconds(30), "the schedule holding every notice");
    }

    private Task<int> SnapshotSizeAsync(TestPanti panti) => world.Cluster.Database.ScalarAsync<int>(
        "SELECT octet_length(payload::text) FROM orleans_grain_state WHERE state_name = 'schedule' AND grain_key = $1",
            panti.Id.ToString());

    private Task<long> RowCountAsync(TestPanti panti) =>
        world.Cluster.Database.ScalarAsync<long>("SELECT count(*) FROM review_schedule_clients WHERE panti_id = $1",
            panti.Id);
}
