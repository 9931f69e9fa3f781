using CaseConference.Load.Bare;
using CaseConference.Load.Live;
using CaseConference.Load.Measure;
using CaseConference.Load.Seeding;
using CaseConference.Load.Stack;

namespace CaseConference.Load.Figures;

/// <summary>
/// Floor 2: the bare server (POST + INSERT + SignalR group broadcast) with the same listeners and
/// the same posts as the real stack: ack and delivery one at a time, the broadcast alone, CPU per
/// post with eight in flight.
/// </summary>
public static class BareFloor
{
    public static async Task StartAsync(LoadRun run)
    {
        var port = FreePort.Next();
        run.BareAddress = new Uri($"http://127.0.0.1:{port}");
        run.Bare = ServiceProcess.Start("bare server", typeof(BareServer).Assembly.Location, AppContext.BaseDirectory,
            new Dictionary<string, string>
            {
                // Its folder holds the gateway's appsettings.json (Information); a floor logs nothing per request.
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            },
            Path.Combine(run.Folder, "bare.log"), "bare-server", run.BareAddress.ToString(),
                run.Postgres.ConnectionString);
        run.BareApi = new Api(run.BareAddress);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if ((await run.BareApi.SendAsync(HttpMethod.Get, "/bytes", null, cancel: run.Cancel)).Ok)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !run.Bare.HasExited)
            {
            }

            if (DateTime.UtcNow > deadline || run.Bare.HasExited)
            {
                throw new InvalidOperationException("The bare server did not start.\n" + run.Bare.Tail());
            }

            await Task.Delay(100, run.Cancel);
        }
    }

    public static async Task RunAsync(LoadRun run)
    {
        var listeners = await Listener.OpenAsync(run.Options.Participants,
            _ => Listener.FollowBareAsync(run.BareAddress!, BareTarget.Group(0), run.Clock, run.Cancel));
        var posts = new BareTarget(run.BareApi!, 1);
        var samples = run.Options.Quick ? 200 : 1000;
        await run.Posting.SerialAsync(posts, 0, 50, new Phase("bare warm-up", run.Options.Participants));

        var serial = new Phase("bare", run.Options.Participants);
        await run.Posting.SerialAsync(posts, 0, samples, serial);
        await serial.DrainAsync(TimeSpan.FromSeconds(5));

        var broadcast = new Phase("bare broadcast", run.Options.Participants);
        await run.Posting.SerialAsync(new BareTarget(run.BareApi!, 1, broadcastOnly: true), 0, samples, broadcast);
        await broadcast.DrainAsync(TimeSpan.FromSeconds(5));

        var cpu = await CpuPerPost.MeasureAsync(run, [run.Bare!], posts, samples);
        await Listener.CloseAsync(listeners);

        run.Floors["bare.ack.p99"] = serial.Acks.P99;
        run.Floors["bare.delivery.p99"] = serial.Deliveries.P99;
        run.Floors["bare.broadcast.p99"] = broadcast.Deliveries.P99;
        run.Floors["bare.cpu"] = cpu.Total;
        run.Report.Section(
            $"Floor 2: bare ASP.NET Core server, POST + INSERT + SignalR broadcast to {run.Options.Participants} listeners");
        run.Report.Figure($"ack, {samples} posts one at a time", serial.Acks.ToString(), Errors(serial));
        run.Report.Figure($"delivery to each of {run.Options.Participants} listeners", serial.Deliveries.ToString());
        run.Report.Figure("broadcast alone (no INSERT): delivery", broadcast.Deliveries.ToString());
        run.Report.Figure("CPU per post (8 in flight)", cpu.ToString());
    }

    public static string Errors(Phase phase) =>
        phase.Errors == 0 ? "" : $"{phase.Errors} errors, e.g. {string.Join(" | ", phase.ErrorSamples)}";
}
