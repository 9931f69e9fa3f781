using CaseConference.Load.Measure;
using CaseConference.Load.Stack;

namespace CaseConference.Load.Figures;

/// <summary>CPU the server processes and every PostgreSQL process spend per post, over posts sent eight at a time.</summary>
public static class CpuPerPost
{
    public static async Task<double> MeasureAsync(LoadRun run, IReadOnlyList<int> serverPids, IPostTarget target, int count)
    {
        var phase = new Phase("cpu", run.Options.Participants);
        var before = serverPids.Sum(ProcStat.CpuSeconds) + run.PostgresCpu();
        await run.Posting.InFlightAsync(target, 0, count, 8, phase);
        await phase.DrainAsync(TimeSpan.FromSeconds(5));
        var after = serverPids.Sum(ProcStat.CpuSeconds) + run.PostgresCpu();
        return phase.Acks.Count == 0 ? double.NaN : (after - before) * 1000 / phase.Acks.Count;
    }
}
