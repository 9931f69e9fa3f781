using System.Diagnostics;

namespace CaseConference.Fault.Tests.Stack;

/// <summary>
/// A PostgreSQL cluster of the test's own on a free port (db/pg.sh, as ./run.sh and ./test.sh
/// start theirs), so the test can stop and start it without touching anyone else's database.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("caseconf-fault-pg-").FullName;
    private readonly string password = Guid.NewGuid().ToString("N");

    public int Port { get; } = FaultStack.FreePort();

    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port};Database=caseconference;Username=caseconf_fault;Password={password};Timeout=3";

    public static async Task<PrivatePostgres> StartAsync()
    {
        var pg = new PrivatePostgres();
        // The server runs as the postgres user when the tests run as root: it must reach its folder.
        await pg.Run(
            $"chmod 755 {pg.directory} && pg_init {pg.Cluster} && PG_FSYNC=off pg_start {pg.Cluster} {pg.Port} "
            + $"&& pg_ensure_app_db {pg.Cluster} {pg.Port} caseconf_fault {pg.password} caseconference");
        return pg;
    }

    public Task StopAsync() => Run($"pg_stop {Cluster}");

    public Task StartAgainAsync() => Run($"PG_FSYNC=off pg_start {Cluster} {Port}");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(directory, recursive: true);
    }

    private string Cluster => Path.Combine(directory, "pg");

    private async Task Run(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(
            $"set -e; source '{Path.Combine(FaultStack.Root, "db", "pg.sh")}'; pg_find_bin; {script}");
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var error = bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync();
        bash.ExitCode.ShouldBe(0, $"{script}\n{await output}\n{await error}");
    }
}
