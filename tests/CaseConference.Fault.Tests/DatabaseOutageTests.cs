using CaseConference.Fault.Tests.Stack;

namespace CaseConference.Fault.Tests;

/// <summary>
/// Issue 9: PostgreSQL stopped for 15 s under writes (a private cluster, not the shared one).
/// Every refused request is a 503 problem, none a 500; when the database is back, writes are
/// acknowledged again without restarting anything, and nothing acknowledged is lost or doubled.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private PrivatePostgres postgres = null!;
    private FaultStack stack = null!;

    public async Task InitializeAsync()
    {
        postgres = await PrivatePostgres.StartAsync();
        stack = new FaultStack(postgres.ConnectionString);
        await stack.StartAsync(silos: 1);
    }

    public async Task DisposeAsync()
    {
        await stack.DisposeAsync();
        await postgres.DisposeAsync();
    }

    [Fact]
    public async Task
        Issue9_PostgreSQL_stopped_for_15_s_under_writes_gives_only_503_problems_and_recovers_without_restarts()
    {
        var kks = new[] { await Conferences.InSessionAsync(stack), await Conferences.InSessionAsync(stack) };
        var secretary = await stack.ApiAsync("sekretaris");
        using var stop = new CancellationTokenSource();
        var writers = kks.Select((kk, i) => new Writer(secretary, kk, $"KK{i + 1} entri")).ToList();
        var writing = writers.Select(w => Task.Run(() => w.RunAsync(stop.Token))).ToList();
        await Poll.Until(() => writers.All(w => w.Acknowledged.Count >= 3), TimeSpan.FromSeconds(30),
            "writes before the outage");

        await postgres.StopAsync();
        var outage = DateTime.UtcNow;
        await Poll.Until(() => writers.All(w => w.Failures.Count(f => f.At > outage) >= 3), TimeSpan.FromSeconds(30),
            "writes refused during the outage");
        // The outage lasts 15 s while the writers keep asking (the scenario's length, watched, not slept).
        await Poll.Until(() => DateTime.UtcNow >= outage.AddSeconds(15)
            && writers.All(w => w.LastAcknowledgedAt < outage),
            TimeSpan.FromSeconds(20), "15 s of outage with nothing acknowledged");

        await postgres.StartAgainAsync();
        var back = DateTime.UtcNow;
        await Poll.Until(() => writers.All(w => w.LastAcknowledgedAt > back.AddSeconds(1)), TimeSpan.FromSeconds(45),
            "writes acknowledged again");
        await stop.CancelAsync();
        await Task.WhenAll(writing);

        stack.SilosByPort.Values.ShouldAllBe(s => !s.HasExited, "no silo restarted");
        stack.Gateway!.HasExited.ShouldBeFalse("the gateway was not restarted");
        writers.SelectMany(w => w.Failures).ShouldNotBeEmpty();
        foreach (var failure in writers.SelectMany(w => w.Failures))
        {
            failure.Status.ShouldBe(503, $"{failure.Text}: {failure.Error}");
            failure.ContentType.ShouldBe("application/problem+json");
            failure.Code.ShouldBeOneOf("storage_unavailable", "cluster_timeout", "cluster_unavailable");
        }

        foreach (var writer in writers)
        {
            var stored = await Conferences.MinutesAsync(secretary, writer.Conference);
            stored.Where(t => writer.Acknowledged.Contains(t)).ShouldBe(writer.Acknowledged,
                "acknowledged entries, once each, in order");
            stored.Distinct().Count().ShouldBe(stored.Count);
        }
    }
}
