using CaseConference.Load.Measure;
using CaseConference.Load.Stack;

namespace CaseConference.Load.Figures;

/// <summary>
/// CPU the server processes and every PostgreSQL process spend per post, over posts sent eight at a time.
/// </summary>
public static class CpuPerPost
{
    /// <summary>
    /// Milliseconds of CPU per acknowledged post: in all, and for each server process and PostgreSQL apart.
    /// </summary>
    public sealed record Spent(double Total, IReadOnlyList<(string Name, double PerPost)> Parts)
    {
        public override string ToString() =>
            $"{Total:0.00} ms ({string.Join(", ", Parts.Select(p => $"{p.Name} {p.PerPost:0.00}"))})";
    }

    public static async Task<Spent> MeasureAsync(LoadRun run, IReadOnlyList<ServiceProcess> servers,
        IPostTarget target, int count)
    {
        var phase = new Phase("cpu", run.Options.Participants);
        var before = Read(run, servers);
        await run.Posting.InFlightAsync(target, 0, count, 8, phase);
        await phase.DrainAsync(TimeSpan.FromSeconds(5));
        var after = Read(run, servers);
        var posts = Math.Max(phase.Acks.Count, 1);
        var parts = before.Select((b, i) => (b.Name, (after[i].Seconds - b.Seconds) * 1000 / posts)).ToList();
        return new Spent(parts.Sum(p => p.Item2), parts);
    }

    private static List<(string Name, double Seconds)> Read(LoadRun run, IReadOnlyList<ServiceProcess> servers) =>
        [.. servers.Select(s => (s.Name, ProcStat.CpuSeconds(s.Pid))), ("PostgreSQL", run.PostgresCpu())];
}
