using CaseConference.Contracts;
using CaseConference.Storage;
using Shouldly;

namespace CaseConference.Cluster.Tests.Conferences;

/// <summary>
/// Issue 9, the 503s at 800 posts/s: a burst of entries on many KKs at once used to open a
/// connection per commit until PostgreSQL refused more (53300, answered as 503
/// storage_unavailable). The silo's pool is bounded, so a burst waits for a connection instead.
/// </summary>
public sealed class MinuteBurstTests : IAsyncLifetime
{
    private const int Kks = 40;
    private const int EntriesPerKk = 3;

    private ClusterWorld world = null!;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task
        Issue09_a_burst_on_more_kks_than_the_database_admits_connections_waits_and_writes_every_entry_once()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur", withSchedule: false);
        var start = world.Now.AddHours(1);
        var kks = await Task.WhenAll(Enumerable.Range(0, Kks)
            .Select(i => panti.PlanUrgentAsync(start, $"Klien {i} butuh keputusan.")));
        foreach (var kk in kks)
        {
            // One at a time: the chair rotates from one opening to the next (KK2).
            await panti.OpenAsync(kk);
        }

        // Room for the silo's and the client's pools and the test's own, not for a connection per KK.
        var limit = ConnectionPool.SiloMaxPoolSize + ConnectionPool.GatewayMaxPoolSize + 4;
        limit.ShouldBeLessThan(Kks);
        await world.Cluster.Database.ScalarAsync<object>(
            $"ALTER DATABASE \"{world.Cluster.Database.Name}\" CONNECTION LIMIT {limit}");

        var posts = kks.SelectMany(kk => Enumerable.Range(1, EntriesPerKk).Select(n =>
            panti.Conference(kk).RecordMinute(panti.Sekretaris, IfMatch.None, $"Entri {n} dari KK {kk}.")));
        var answers = await Task.WhenAll(posts);

        answers.Length.ShouldBe(Kks * EntriesPerKk);
        (await world.Cluster.Database.ScalarAsync<long>(
            "SELECT count(DISTINCT (conference_id, text)) FROM conference_minutes")).ShouldBe(Kks * EntriesPerKk);
        (await world.Cluster.Database.ScalarAsync<long>("SELECT count(*) FROM conference_minutes"))
            .ShouldBe(Kks * EntriesPerKk);
        foreach (var kk in kks)
        {
            (await panti.KkAsync(kk)).Minutes.Select(m => m.Number).ShouldBe(Enumerable.Range(1, EntriesPerKk));
        }
    }
}
