namespace CaseConference.Load;

/// <summary>
/// What one run measures and how big; <c>--quick</c> shrinks every number so a run takes well under a minute.
/// </summary>
public sealed record LoadOptions(
    bool Quick,
    IReadOnlySet<string> Only,
    int Entries,
    int Kks,
    int Participants,
    int ReviewClients,
    int ReviewPlaced,
    int TextLength,
    TimeSpan StepLength,
    IReadOnlyList<int> Rates,
    int CommitSamples,
    int ReviewGets,
    bool KeepLogs,
    bool QuietLogs,
    IReadOnlyDictionary<string, string> StackEnvironment)
{
    public static readonly string[] Figures = ["pg", "bare", "ack", "ramp", "ramp-panti", "cpu", "review", "rss"];

    public const string Usage = """
        usage: dotnet bench/CaseConference.Load/bin/Release/net10.0/CaseConference.Load.dll [options]
          --quick               small numbers; the whole run in well under a minute
          --only FIGURE[,..]    pg, bare, ack (also delivery), ramp (one panti), ramp-panti (across panti), cpu, review, rss
          --entries N           the entry whose ack is measured against entry 1 (default 5000)
          --kks K               KKs in the rate ramp (default 200), 10 participants each
          --review-clients N    clients in the panti whose review schedule is read (default 3000)
          --review-placed N     how many of them are placed in the programme by a KK decision (default 3000)
          --text-length N       characters per minute entry (default 300)
          --rates R1,R2,..      posts per second to try in the ramp
          --step-seconds S      length of one ramp step
          --keep-logs           keep the temporary folder (logs of PostgreSQL, silo, gateway)
          --quiet-logs          silo and gateway log warnings only (not the deployment's default: to see what logging costs)
          --stack-env K=V[,..]  environment variables for the silo and the gateway only (to compare runtime settings)
        """;

    public bool Wants(string figure) => Only.Count == 0 || Only.Contains(figure);

    public static LoadOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--quick" or "--keep-logs" or "--quiet-logs")
            {
                continue;
            }

            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"unknown or incomplete option '{args[i]}'");
            }

            values[args[i]] = args[++i];
        }

        int Number(string name, int full, int small) =>
            values.TryGetValue(name, out var v) ? int.Parse(v) : quick ? small : full;
        var only = values.TryGetValue("--only", out var o)
            ? o.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet() : [];
        if (only.FirstOrDefault(f => !Figures.Contains(f)) is { } unknown)
        {
            throw new ArgumentException($"unknown figure '{unknown}' (one of {string.Join(", ", Figures)})");
        }

        var rates = values.TryGetValue("--rates", out var r)
            ? r.Split(',').Select(int.Parse).ToList()
            : quick ? [25, 50] : [50, 100, 200, 300, 400, 500, 600, 800, 1000, 1200];
        return new LoadOptions(
            quick,
            only,
            Number("--entries", 5000, 300),
            Number("--kks", 200, 5),
            10,
            Number("--review-clients", 3000, 50),
            Number("--review-placed", 3000, 20),
            Number("--text-length", 300, 300),
            TimeSpan.FromSeconds(Number("--step-seconds", 8, 2)),
            rates,
            quick ? 300 : 3000,
            quick ? 30 : 300,
            args.Contains("--keep-logs"),
            args.Contains("--quiet-logs"),
            values.TryGetValue("--stack-env", out var e)
                ? e.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
                    .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "")
                : new Dictionary<string, string>());
    }
}
