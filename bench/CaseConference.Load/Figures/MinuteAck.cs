using CaseConference.Load.Live;
using CaseConference.Load.Measure;
using CaseConference.Load.Seeding;

namespace CaseConference.Load.Figures;

/// <summary>
/// One KK with ten participants' screens: entries 1-100 one at a time, then up to entry N-100
/// eight at a time (CPU per entry measured there), then the last hundred one at a time. Ack at
/// entry 1 and at entry N against 1.5 × the commit p99 + 2 ms; delivery against ack + the bare broadcast.
/// </summary>
public static class MinuteAck
{
    public static async Task RunAsync(LoadRun run, bool ack, bool cpu)
    {
        var n = Math.Max(run.Options.Entries, 300);
        var panti = await run.Seeds.PantiAsync(0);
        var warmUp = await KkInSession.SeedAsync(run.Api!, panti);
        var kk = await KkInSession.SeedAsync(run.Api!, panti);
        var target = new KkTarget(run.Api!, [(kk, panti.Tokens["sekretaris"])]);
        var warm = new KkTarget(run.Api!, [(warmUp, panti.Tokens["sekretaris"])]);
        // Another KK, followed by as many screens, takes the JIT (tier-up included), the connection
        // pools and the whole live path (grain to gateway to SignalR) past their first calls; this
        // KK's own state stays fresh. Without screens on the warm-up KK, the first entries measured
        // were the first ever delivered live, and their ack paid for compiling the broadcast path.
        var warmListeners = await Listener.OpenAsync(run.Options.Participants, i =>
            Listener.FollowKkAsync(run.Deployment!.BaseAddress, Participant(panti, i), warmUp, run.Clock, run.Cancel));
        var warmPhase = new Phase("warm-up", run.Options.Participants);
        await run.Posting.SerialAsync(warm, 0, run.Options.Quick ? 100 : 500, warmPhase);
        await warmPhase.DrainAsync(TimeSpan.FromSeconds(5));
        await Listener.CloseAsync(warmListeners);
        var listeners = await Listener.OpenAsync(run.Options.Participants, i =>
            Listener.FollowKkAsync(run.Deployment!.BaseAddress, Participant(panti, i), kk, run.Clock, run.Cancel));

        var first = new Phase("entries 1-100", run.Options.Participants);
        await run.Posting.SerialAsync(target, 0, 100, first);
        await first.DrainAsync(TimeSpan.FromSeconds(5));
        var perEntry = await CpuPerPost.MeasureAsync(run,
            [run.Deployment!.Silo!, run.Deployment.Gateway!], target, n - 200);
        var last = new Phase($"entries {n - 99}-{n}", run.Options.Participants);
        await run.Posting.SerialAsync(target, 0, 100, last);
        await last.DrainAsync(TimeSpan.FromSeconds(5));
        await Listener.CloseAsync(listeners);

        if (ack)
        {
            var commitP99 = run.Floors.GetValueOrDefault("commit.p99", double.NaN);
            var goal = 1.5 * commitP99 + 2;
            run.Report.Section(
                $"Minute entry ack (POST /conferences/{{id}}/minutes, one at a time, {run.Options.TextLength} characters)");
            foreach (var phase in new[] { first, last })
            {
                run.Report.Figure($"ack at {phase.Name}", phase.Acks.ToString(),
                    $"goal p99 <= 1.5 x commit p99 + 2 ms = {Latencies.Ms(goal)}  {BareFloor.Errors(phase)}",
                        phase.Acks.P99 <= goal && phase.Errors == 0);
            }

            run.Report.Figure("ack at entry N vs entry 1 (p50)", $"{last.Acks.P50 / first.Acks.P50:0.00} x",
                "goal: within 10% (1.10 x)", last.Acks.P50 <= 1.1 * first.Acks.P50);
            var broadcast = run.Floors.GetValueOrDefault("bare.broadcast.p99", double.NaN);
            run.Report.Section($"Delivery to every participant ({run.Options.Participants} SignalR clients on the KK)");
            foreach (var phase in new[] { first, last })
            {
                var allowed = phase.Acks.P99 + broadcast;
                run.Report.Figure($"delivery at {phase.Name}", phase.Deliveries.ToString(),
                    $"goal p99 <= ack p99 + bare broadcast p99 = {Latencies.Ms(allowed)}; bare POST+INSERT+broadcast p99 {Latencies.Ms(run.Floors.GetValueOrDefault("bare.delivery.p99", double.NaN))}",
                    phase.Deliveries.P99 <= allowed && phase.Errors == 0);
            }
        }

        if (cpu)
        {
            run.Report.Section("CPU per minute entry (silo + gateway + every PostgreSQL process, /proc utime+stime)");
            var bare = run.Floors.GetValueOrDefault("bare.cpu", double.NaN);
            run.Report.Figure($"{n - 200} entries, 8 in flight, {run.Options.Participants} listeners",
                perEntry.ToString(),
                $"bare server + PostgreSQL: {bare:0.00} ms ({perEntry.Total / bare:0.0} x)");
        }
    }

    /// <summary>
    /// The token of the i-th screen on a KK: the panti's six participants in turn, so ten screens are six people, some
    /// on two devices.
    /// </summary>
    public static string Participant(SeededPanti panti, int i) =>
        panti.Tokens[SeededPanti.People[i % SeededPanti.People.Length].Role];
}
