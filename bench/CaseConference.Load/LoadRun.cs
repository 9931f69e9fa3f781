using CaseConference.Load.Measure;
using CaseConference.Load.Seeding;
using CaseConference.Load.Stack;

namespace CaseConference.Load;

/// <summary>
/// What the figures share in one run: the processes, the clients and what was measured already (the floors).
/// </summary>
public sealed class LoadRun(LoadOptions options, string folder, Report report, CancellationToken cancel)
{
    public LoadOptions Options => options;

    public string Folder => folder;

    public Report Report => report;

    public CancellationToken Cancel => cancel;

    public PrivatePostgres Postgres { get; } = new(folder);

    public DeliveryClock Clock { get; } = new();

    public Posting Posting => posting ??= new Posting(Clock, options.TextLength);

    public ServiceProcess? Bare { get; set; }

    public Uri? BareAddress { get; set; }

    public Api? BareApi { get; set; }

    public Deployment? Deployment { get; set; }

    public Api? Api { get; set; }

    public Seeds Seeds => seeds ??= new Seeds(this);

    /// <summary>Floors measured so far, by name (ms, or ms of CPU per post).</summary>
    public Dictionary<string, double> Floors { get; } = [];

    private Posting? posting;
    private Seeds? seeds;

    public double PostgresCpu() => ProcStat.PostgresCpuSeconds(Postgres.ServerPid);
}
