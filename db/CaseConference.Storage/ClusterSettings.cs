using Microsoft.Extensions.Configuration;

namespace CaseConference.Storage;

/// <summary>
/// Which cluster a silo joins or a client connects to (configuration section <c>Orleans</c>).
/// Membership rows are keyed by <see cref="ClusterId"/>, so silos and gateways that share a
/// database and a cluster id find each other through PostgreSQL.
/// </summary>
public sealed class ClusterSettings
{
    public const string SectionName = "Orleans";

    public string ClusterId { get; set; } = "caseconference";

    /// <summary>Stable across deployments: grain state and reminders are keyed by it.</summary>
    public string ServiceId { get; set; } = "caseconference";

    /// <summary>Silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port that Orleans clients (the gateway) connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Address other silos and clients use to reach this silo.</summary>
    public string AdvertisedIP { get; set; } = "127.0.0.1";

    public static ClusterSettings From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<ClusterSettings>() ?? new ClusterSettings();
}
