namespace CaseConference.Load.Stack;

/// <summary>CPU time and resident memory of processes, read from /proc (Linux).</summary>
public static class ProcStat
{
    private const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux the project runs on

    /// <summary>utime + stime of one process, in seconds.</summary>
    public static double CpuSeconds(int pid) =>
        Fields(pid) is { } f ? (long.Parse(f[11]) + long.Parse(f[12])) / TicksPerSecond : 0;

    /// <summary>
    /// Every PostgreSQL process: the postmaster and its children (backends, walwriter, checkpointer
    /// …), plus what exited children spent (the postmaster's cutime + cstime).
    /// </summary>
    public static double PostgresCpuSeconds(int postmaster)
    {
        var total = 0.0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Fields(pid) is { } f
                && (pid == postmaster || f[1] == postmaster.ToString()))
            {
                total += (long.Parse(f[11]) + long.Parse(f[12])) / TicksPerSecond;
                if (pid == postmaster)
                {
                    total += (long.Parse(f[13]) + long.Parse(f[14])) / TicksPerSecond;
                }
            }
        }

        return total;
    }

    /// <summary>Resident set size in MiB (VmRSS).</summary>
    public static double RssMiB(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status")
            .FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    /// <summary>
    /// The fields after the command name: [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime, [14] cstime.
    /// </summary>
    private static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
