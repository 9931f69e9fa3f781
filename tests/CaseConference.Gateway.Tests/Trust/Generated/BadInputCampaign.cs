using System.Collections.Concurrent;
using System.Diagnostics;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.Trust.Generated;

/// <summary>
/// Issue 7, "tests that stay": bad input generated from the served OpenAPI document, over every
/// operation, as every role allowed to call it, one refused role, another panti's pimpinan and
/// nobody signed in, on resources in several states, repeatable from the seed. Returns every
/// failure (seed, operation, caller, state, mutation, the request and the answer), so a test can
/// assert there are none.
/// </summary>
public static class BadInputCampaign
{
    /// <summary>Fixture panti, each worked by one sequence of operations at a time.</summary>
    private const int Workers = 8;

    public static async Task<(int Sent, List<string> Report, List<string> Failures)> RunAsync(GatewayWorld world,
        int seed)
    {
        var clock = Stopwatch.StartNew();
        var operations = (await ApiDocument.LoadAsync(world.Anonymous())).Operations();
        var strangers = await StrangersAsync(world);
        var pantis = new List<FuzzPanti>();
        for (var i = 0; i < Workers; i++)
        {
            pantis.Add(await FuzzPanti.FoundAsync(world, i));
        }

        var queue = new ConcurrentQueue<ApiOperation>(operations
            .OrderBy(o => ValidRequests.States(o).Count > 1 ? 0 : 1).ThenBy(o => o.Key, StringComparer.Ordinal));
        var runs = new ConcurrentBag<OperationRun>();
        await Task.WhenAll(pantis.Select(async panti =>
        {
            while (queue.TryDequeue(out var op))
            {
                var run = new OperationRun(panti, op, strangers, seed);
                runs.Add(run);
                await run.RunAsync();
            }
        }));

        var sent = runs.Sum(r => r.Sent);
        List<string> report =
        [
            $"seed {seed}: {sent} generated requests over {operations.Count} operations in {clock.Elapsed}",
            .. runs.OrderByDescending(r => r.Took)
            .Select(r => $"  {r.Operation.Key}: {r.Sent} requests in {r.Took.TotalSeconds:0.0} s"),
        ];
        return (sent, report, [.. runs.SelectMany(r => r.Failures)]);
    }

    /// <summary>Resources of the demo panti, which a fixture panti must answer exactly as unknown ids (TN1).</summary>
    private static async Task<Strangers> StrangersAsync(GatewayWorld world)
    {
        var prep = new Prep(world);
        var client = await prep.PlacedClientAsync();
        var (kk, item) = await prep.KkWithItemAsync(await prep.AwaitingPlacementAsync(), open: false);
        var forceMajeure = await prep.ProposalAsync(client);
        var token = await prep.TokenAsync("staf");
        return new Strangers(client, kk, item, forceMajeure, GatewayWorld.StaffId("staf"), token.TokenId);
    }
}
