using System.Diagnostics;

namespace CaseConference.Load.Stack;

/// <summary>
/// A PostgreSQL cluster of the run's own on a free port under the run's folder, started with
/// db/pg.sh as ./run.sh starts its own (fsync on: the floor is a real commit), removed afterwards.
/// </summary>
public sealed class PrivatePostgres(string folder)
{
    private readonly string password = Guid.NewGuid().ToString("N");

    public int Port { get; } = FreePort.Next();

    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port};Database=caseconference;Username=caseconference;Password={password}";

    private string Cluster => Path.Combine(folder, "postgres");

    /// <summary>The postmaster's process id, from its pid file.</summary>
    public int ServerPid => int.Parse(File.ReadLines(Path.Combine(Cluster, "data", "postmaster.pid")).First());

    public Task StartAsync() => Run(
        $"pg_init '{Cluster}' && pg_start '{Cluster}' {Port} && pg_ensure_app_db '{Cluster}' {Port} caseconference {password} caseconference");

    public Task StopAsync() => Run($"pg_stop '{Cluster}'");

    private static async Task Run(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(
            $"set -e; source '{Path.Combine(Repository.Root, "db", "pg.sh")}'; pg_find_bin; {script}");
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var error = bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync();
        if (bash.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed:\n{await output}\n{await error}");
        }
    }
}
