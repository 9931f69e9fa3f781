using System.Diagnostics;

namespace CaseConference.Fault.Tests.Stack;

/// <summary>A silo or gateway as its own operating-system process, its output appended to a log file.</summary>
public sealed class RealProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private RealProcess(Process process, StreamWriter log)
    {
        this.process = process;
        this.log = log;
    }

    public string Name { get; private init; } = "";

    public string LogPath { get; private init; } = "";

    public bool HasExited => process.HasExited;

    public static RealProcess Start(string name, string dll, string workDirectory,
        IReadOnlyDictionary<string, string> environment, string logPath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new RealProcess(process, log) { Name = name, LogPath = logPath };
    }

    /// <summary>SIGKILL: no shutdown, no handover, as when the machine or the process dies.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    public string Tail(int lines = 30)
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

    public void Dispose()
    {
        Kill();
        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }
}
