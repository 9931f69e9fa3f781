using CaseConference.Load.Live;
using CaseConference.Load.Measure;
using CaseConference.Load.Seeding;
using CaseConference.Load.Stack;

namespace CaseConference.Load.Figures;

/// <summary>
/// The rate ramp for K KKs × 10 participants, in one panti and across K panti, beside the bare
/// server's ramp with as many groups and listeners; the RSS of silo and gateway with those connections.
/// </summary>
public static class Capacity
{
    public static async Task RunAsync(LoadRun run, bool onePanti, bool acrossPanti, bool rss)
    {
        var k = run.Options.Kks;
        var connections = k * run.Options.Participants;
        run.Report.Section(
            $"Rate ramp: {k} KKs x {run.Options.Participants} participants; highest rate with delivery p99 < {RateRamp.DeliveryLimitMs} ms and no error");
        var bare = 0;
        if (onePanti || acrossPanti)
        {
            var bareListeners = await RateRamp.ListenAsync(run, k,
                (feed, _) => Listener.FollowBareAsync(run.BareAddress!, BareTarget.Group(feed), run.Clock, run.Cancel));
            bare = await RateRamp.RunAsync(run, "bare server", new BareTarget(run.BareApi!, k));
            await Listener.CloseAsync(bareListeners);
            run.Report.Figure($"bare server, {k} groups x {run.Options.Participants}",
                $"{bare} posts/s ({bare * run.Options.Participants} deliveries/s)");
        }

        if (onePanti || rss)
        {
            var panti = await run.Seeds.PantiAsync(0);
            var kks = await run.Seeds.KksAsync([.. Enumerable.Repeat(panti, k)]);
            var listeners = await RateRamp.ListenAsync(run, k, (feed, i) =>
                Listener.FollowKkAsync(run.Deployment!.BaseAddress, MinuteAck.Participant(panti, i), kks[feed],
                    run.Clock, run.Cancel));
            if (rss)
            {
                Memory(run, $"with {connections} SignalR connections");
            }

            if (onePanti)
            {
                var best = await RateRamp.RunAsync(run, "one panti",
                    new KkTarget(run.Api!, [.. kks.Select(kk => (kk, panti.Tokens["sekretaris"]))]));
                Verdict(run, $"{k} KKs in one panti", best, bare);
            }

            await Listener.CloseAsync(listeners);
        }

        if (acrossPanti)
        {
            var owners = await run.Seeds.PantiAsync(Enumerable.Range(1, k));
            var kks = await run.Seeds.KksAsync(owners);
            var listeners = await RateRamp.ListenAsync(run, k, (feed, i) =>
                Listener.FollowKkAsync(run.Deployment!.BaseAddress, MinuteAck.Participant(owners[feed], i), kks[feed],
                    run.Clock, run.Cancel));
            var best = await RateRamp.RunAsync(run, "across panti",
                new KkTarget(run.Api!, [.. kks.Select((kk, i) => (kk, owners[i].Tokens["sekretaris"]))]));
            Verdict(run, $"{k} KKs across {k} panti", best, bare);
            await Listener.CloseAsync(listeners);
        }
    }

    public static void Memory(LoadRun run, string when)
    {
        var deployment = run.Deployment!;
        run.Report.Figure($"RSS {when}",
            $"silo {ProcStat.RssMiB(deployment.Silo!.Pid):0} MiB, gateway {ProcStat.RssMiB(deployment.Gateway!.Pid):0} MiB");
    }

    private static void Verdict(LoadRun run, string what, int best, int bare) =>
        run.Report.Figure(what, $"{best} posts/s ({best * run.Options.Participants} deliveries/s)",
            $"goal >= 2/3 of bare ({2 * bare / 3} posts/s)", bare > 0 ? best * 3 >= bare * 2 : null);
}
