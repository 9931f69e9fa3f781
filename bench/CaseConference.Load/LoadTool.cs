using CaseConference.Load.Figures;
using CaseConference.Load.Seeding;
using CaseConference.Load.Stack;

namespace CaseConference.Load;

/// <summary>
/// One run: PostgreSQL, the floors, the stack, each figure asked for; everything started is stopped and removed at the
/// end.
/// </summary>
public static class LoadTool
{
    public static async Task<int> RunAsync(LoadOptions options, CancellationToken cancel)
    {
        var folder = Directory.CreateTempSubdirectory("caseconf-load-").FullName;
        // PostgreSQL runs as the postgres user when the tool runs as root: it must reach its folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        }
        var report = new Report();
        var run = new LoadRun(options, folder, report, cancel);
        var failed = false;
        Console.WriteLine(
            $"CaseConference load run {(options.Quick ? "(quick) " : "")}{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Console.WriteLine($"  work folder {folder}");
        try
        {
            await FiguresAsync(run);
        }
        catch (Exception e) when (cancel.IsCancellationRequested && e is OperationCanceledException)
        {
            Console.Error.WriteLine("\nstopped (Ctrl+C or SIGTERM); cleaning up");
            failed = true;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"\nthe run failed: {e}");
            Console.Error.WriteLine(run.Deployment?.Logs());
            Console.Error.WriteLine(run.Bare?.Tail());
            failed = true;
        }
        finally
        {
            await CleanUpAsync(run);
        }

        if (!failed)
        {
            report.PrintAll();
            Console.WriteLine($"\nload average at the end {LoadAverage()}");
        }

        return failed ? 1 : 0;
    }

    private static async Task FiguresAsync(LoadRun run)
    {
        var o = run.Options;
        Step("PostgreSQL");
        await run.Postgres.StartAsync();
        if (o.Wants("pg") || o.Wants("ack"))
        {
            await PgCommitFloor.RunAsync(run);
        }

        var needsBare = o.Wants("bare") || o.Wants("ack") || o.Wants("cpu") || o.Wants("ramp")
            || o.Wants("ramp-panti") || o.Wants("review");
        if (needsBare)
        {
            Step("bare server");
            await BareFloor.StartAsync(run);
            if (o.Wants("bare") || o.Wants("ack") || o.Wants("cpu"))
            {
                await BareFloor.RunAsync(run);
            }
        }

        if (!(o.Wants("ack") || o.Wants("cpu") || o.Wants("ramp") || o.Wants("ramp-panti")
            || o.Wants("review") || o.Wants("rss")))
        {
            return;
        }

        Step("silo and gateway");
        run.Deployment = new Deployment(run.Folder, run.Postgres.ConnectionString, o.QuietLogs, o.StackEnvironment);
        await run.Deployment.StartAsync(run.Cancel);
        run.Api = new Api(run.Deployment.BaseAddress);
        if (o.Wants("rss"))
        {
            run.Report.Section("Memory: silo and gateway");
            Capacity.Memory(run, "idle (started, nothing seeded)");
        }

        if (o.Wants("ack") || o.Wants("cpu"))
        {
            Step("minute entries on one KK");
            await MinuteAck.RunAsync(run, o.Wants("ack"), o.Wants("cpu"));
        }

        if (o.Wants("ramp") || o.Wants("ramp-panti") || o.Wants("rss"))
        {
            Step("rate ramp");
            await Capacity.RunAsync(run, o.Wants("ramp"), o.Wants("ramp-panti"), o.Wants("rss"));
        }

        if (o.Wants("review"))
        {
            Step("review schedule");
            await ReviewScheduleGet.RunAsync(run);
        }
    }

    private static async Task CleanUpAsync(LoadRun run)
    {
        run.Api?.Dispose();
        run.BareApi?.Dispose();
        if (run.Deployment is not null)
        {
            await run.Deployment.DisposeAsync();
        }

        if (run.Bare is not null)
        {
            await run.Bare.DisposeAsync();
        }

        await run.Postgres.StopAsync();
        if (run.Options.KeepLogs)
        {
            Console.WriteLine($"logs kept in {run.Folder}");
        }
        else
        {
            Directory.Delete(run.Folder, recursive: true);
        }
    }

    private static readonly System.Diagnostics.Stopwatch Clock = System.Diagnostics.Stopwatch.StartNew();

    private static void Step(string what) => Console.WriteLine($"==> [{Clock.Elapsed:mm\\:ss}] {what}");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
