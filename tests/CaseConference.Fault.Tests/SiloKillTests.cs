using CaseConference.Fault.Tests.Stack;

namespace CaseConference.Fault.Tests;

/// <summary>
/// Issue 9: a silo SIGKILLed while several KKs are written. Every acknowledged entry is stored
/// exactly once and in order; every failed request is a 503 problem answered within seconds;
/// followers of the KKs that lived on the dead silo hear events again within 5 s of the
/// cluster declaring it dead.
/// </summary>
public sealed class SiloKillTests : IAsyncLifetime
{
    private const int Kks = 4;
    private TestDatabase database = null!;
    private FaultStack stack = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(migrate: true);
        stack = new FaultStack(database.ConnectionString);
        await stack.StartAsync(silos: 2);
    }

    public async Task DisposeAsync()
    {
        await stack.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task
        Issue9_a_silo_killed_under_writes_loses_and_duplicates_nothing_answers_503_in_seconds_and_live_events_resume()
    {
        var kks = new List<Guid>();
        for (var i = 0; i < Kks; i++)
        {
            kks.Add(await Conferences.InSessionAsync(stack));
        }

        var secretary = await stack.ApiAsync("sekretaris");
        var followers = new List<Follower>();
        foreach (var kk in kks)
        {
            var follower = new Follower(stack.BaseAddress, await stack.TokenAsync("peksos"), kk);
            await follower.StartAsync();
            followers.Add(follower);
        }

        using var stop = new CancellationTokenSource();
        var writers = kks.Select((kk, i) => new Writer(secretary, kk, $"KK{i + 1} catatan")).ToList();
        var writing = writers.Select(w => Task.Run(() => w.RunAsync(stop.Token))).ToList();
        await Poll.Until(() => writers.All(w => w.Acknowledged.Count >= 3), TimeSpan.FromSeconds(30),
            "writes before the kill");

        // The victim is the silo hosting most of the KKs, so the test always moves some.
        var hosts = await stack.HostsOfAsync(kks);
        var victimPort = hosts.Values.GroupBy(p => p).OrderByDescending(g => g.Count()).First().Key;
        var moved = hosts.Where(h => h.Value == victimPort).Select(h => h.Key).ToList();
        stack.SilosByPort[victimPort].Kill();

        await Poll.Until(async () => await stack.SiloStatusAsync(victimPort) == 6, TimeSpan.FromSeconds(30),
            "the cluster declaring the silo dead");
        var declaredDead = DateTime.UtcNow;
        await Poll.Until(() => writers.All(w => w.LastAcknowledgedAt > declaredDead.AddSeconds(2)),
            TimeSpan.FromSeconds(30),
            "writes acknowledged again on every KK");
        await stop.CancelAsync();
        await Task.WhenAll(writing);

        foreach (var failure in writers.SelectMany(w => w.Failures))
        {
            failure.Status.ShouldBe(503, $"{failure.Text}: {failure.Error}");
            failure.ContentType.ShouldBe("application/problem+json");
            failure.Code.ShouldBeOneOf("cluster_unavailable", "cluster_timeout", "storage_unavailable");
            failure.Took.ShouldBeLessThan(TimeSpan.FromSeconds(8), failure.Text);
        }

        foreach (var (writer, follower) in writers.Zip(followers))
        {
            var stored = await Conferences.MinutesAsync(secretary, writer.Conference);
            stored.Where(t => writer.Acknowledged.Contains(t)).ShouldBe(writer.Acknowledged,
                $"acknowledged entries, once each, in order; the API read {stored.Count}, the table holds {await RowsOf(writer.Conference)}");
            stored.Distinct().Count().ShouldBe(stored.Count);

            await Poll.Until(() => writer.Acknowledged.All(follower.Texts.Contains), TimeSpan.FromSeconds(15),
                "every acknowledged entry at the follower");
            follower.Texts.ShouldBe(stored, "the follower's minutes are the stored ones");
            follower.Gaps.ShouldBe(0);
        }

        foreach (var (writer, follower) in writers.Zip(followers).Where(p => moved.Contains(p.First.Conference)))
        {
            // From the death declaration, or from the first entry written after it when the writer's
            // request in flight was still waiting out its response timeout: there was nothing to deliver before.
            var from = new[] { declaredDead, writer.FirstAcknowledgedAfter(declaredDead) }.Max();
            var resumed = follower.Arrivals.Where(a => a.At > declaredDead).Select(a => a.At)
                .DefaultIfEmpty(DateTime.MaxValue).Min();
            (resumed - from).ShouldBeLessThan(TimeSpan.FromSeconds(5),
                $"live events of {writer.Conference} after the silo was declared dead");
        }

        foreach (var follower in followers)
        {
            await follower.DisposeAsync();
        }
    }

    /// <summary>What conference_minutes holds for a KK (numbers and texts), for a failure's message.</summary>
    private async Task<string> RowsOf(Guid conference)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*), min(number), max(number), string_agg(number || ':' || text, ', ' ORDER BY number) FROM conference_minutes WHERE conference_id = $1",
            connection);
        command.Parameters.AddWithValue(conference);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{reader.GetInt64(0)} rows, numbers {reader.GetValue(1)}..{reader.GetValue(2)}: {reader.GetValue(3)}";
    }
}
