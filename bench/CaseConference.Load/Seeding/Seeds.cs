using System.Collections.Concurrent;

namespace CaseConference.Load.Seeding;

/// <summary>The run's panti, seeded once each on first use, a few at a time.</summary>
public sealed class Seeds(LoadRun run)
{
    private readonly ConcurrentDictionary<int, Lazy<Task<SeededPanti>>> panti = new();

    public Task<SeededPanti> PantiAsync(int index) =>
        panti.GetOrAdd(index,
            i => new Lazy<Task<SeededPanti>>(() => SeededPanti.SeedAsync(run.Deployment!.Cluster, run.Api!, i))).Value;

    public async Task<List<SeededPanti>> PantiAsync(IEnumerable<int> indexes)
    {
        var list = indexes.ToList();
        var seeded = new SeededPanti[list.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, list.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = run.Cancel },
            async (i, _) => seeded[i] = await PantiAsync(list[i]));
        return [.. seeded];
    }

    /// <summary>KKs in session, one per entry of <paramref name="owners"/> (a panti may hold many).</summary>
    public async Task<List<Guid>> KksAsync(IReadOnlyList<SeededPanti> owners)
    {
        var kks = new Guid[owners.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, owners.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = run.Cancel },
            async (i, _) => kks[i] = await KkInSession.SeedAsync(run.Api!, owners[i]));
        return [.. kks];
    }
}
