using CaseConference.Fault.Tests.Stack;

namespace CaseConference.Fault.Tests;

/// <summary>
/// Issue 9: the gateway SIGKILLed under writes and started again. Every live client connects
/// again, joins again and ends with exactly the stored minutes: no gap, no duplicate.
/// </summary>
public sealed class GatewayRestartTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private FaultStack stack = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(migrate: true);
        stack = new FaultStack(database.ConnectionString);
        await stack.StartAsync(silos: 1);
    }

    public async Task DisposeAsync()
    {
        await stack.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Issue9_after_the_gateway_is_killed_and_restarted_every_live_client_catches_up_with_no_gap()
    {
        var kks = new[] { await Conferences.InSessionAsync(stack), await Conferences.InSessionAsync(stack) };
        var followers = new List<Follower>();
        foreach (var kk in kks)
        {
            foreach (var role in new[] { "peksos", "medis", "anggota" })
            {
                var follower = new Follower(stack.BaseAddress, await stack.TokenAsync(role), kk);
                await follower.StartAsync();
                followers.Add(follower);
            }
        }

        var secretary = await stack.ApiAsync("sekretaris");
        using var stop = new CancellationTokenSource();
        var writers = kks.Select((kk, i) => new Writer(secretary, kk, $"KK{i + 1} baris")).ToList();
        var writing = writers.Select(w => Task.Run(() => w.RunAsync(stop.Token))).ToList();
        await Poll.Until(() => writers.All(w => w.Acknowledged.Count >= 3), TimeSpan.FromSeconds(30),
            "writes before the kill");

        stack.Gateway!.Kill();
        await Poll.Until(() => writers.All(w => w.Failures.Count >= 2), TimeSpan.FromSeconds(30),
            "writes failing while no gateway runs");
        stack.StartGateway();
        await stack.WaitReadyAsync(TimeSpan.FromSeconds(60));
        var restarted = DateTime.UtcNow;
        await Poll.Until(() => writers.All(w => w.LastAcknowledgedAt > restarted.AddSeconds(1)),
            TimeSpan.FromSeconds(30), "writes after the restart");
        await stop.CancelAsync();
        await Task.WhenAll(writing);

        foreach (var (writer, kk) in writers.Zip(kks))
        {
            var stored = await Conferences.MinutesAsync(secretary, kk);
            stored.Where(t => writer.Acknowledged.Contains(t)).ShouldBe(writer.Acknowledged,
                "acknowledged entries, once each, in order");
            foreach (var follower in followers.Where((_, i) => kks[i / 3] == kk))
            {
                await Poll.Until(() => follower.RejoinFailure is not null || follower.Texts.SequenceEqual(stored),
                    TimeSpan.FromSeconds(20), "the follower's minutes equal to the stored ones");
                follower.RejoinFailure.ShouldBeNull();
                follower.Gaps.ShouldBe(0);
                follower.Rejoins.ShouldBeGreaterThanOrEqualTo(1);
            }
        }

        foreach (var follower in followers)
        {
            await follower.DisposeAsync();
        }
    }
}
