using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CaseConference.Load.Stack;

/// <summary>
/// A silo, gateway or the bare server as its own process, writing straight to its log file (through
/// a shell that execs dotnet), so the tool spends no CPU relaying its output and its pid is dotnet's.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private readonly Process process;

    private ServiceProcess(string name, Process process, string logPath)
    {
        Name = name;
        this.process = process;
        LogPath = logPath;
    }

    public string Name { get; }

    public string LogPath { get; }

    public int Pid => process.Id;

    public bool HasExited => process.HasExited;

    public static ServiceProcess Start(string name, string dll, string contentRoot,
        IReadOnlyDictionary<string, string> environment,
        string logPath, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = contentRoot, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("log=\"$1\"; shift; exec dotnet \"$@\" >>\"$log\" 2>&1");
        start.ArgumentList.Add("service");
        start.ArgumentList.Add(logPath);
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CONTENTROOT"] = contentRoot;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new ServiceProcess(name, Process.Start(start)!, logPath);
    }

    public string Tail(int lines = 20)
    {
        try
        {
            using var reader =
                new StreamReader(new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            return $"--- {Name} ({LogPath}) ---\n" + string.Join('\n', reader.ReadToEnd().Split('\n').TakeLast(lines));
        }
        catch (IOException e)
        {
            return $"--- {Name}: {e.Message}";
        }
    }

    /// <summary>SIGTERM (a graceful stop), SIGKILL after ten seconds.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            _ = Kill(process.Id, SigTerm);
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
