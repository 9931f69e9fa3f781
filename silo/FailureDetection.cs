using Orleans.Configuration;

namespace CaseConference.Silo;

/// <summary>
/// How fast the cluster declares a silo dead. Silos probe each other every
/// <c>ProbeTimeout</c>; <c>NumMissedProbesLimit</c> missed probes make a silo suspect it, and
/// <c>NumVotesForDeathDeclaration</c> suspicions (or every other silo, when fewer are alive)
/// declare it dead in the membership table, after which its grains activate on the survivors.
/// Orleans' defaults (5 s × 3 missed) take about 15 s; these take about 4-6 s, which the gateway's
/// response timeout (<c>Orleans:ResponseTimeout</c>, 5 s) is set near. Every value can be
/// overridden in the section <c>Orleans:Membership</c> (e.g. <c>Orleans__Membership__ProbeTimeout</c>).
/// </summary>
public static class FailureDetection
{
    public const string SectionName = "Orleans:Membership";

    public static ISiloBuilder UseQuickFailureDetection(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(2);
            o.NumMissedProbesLimit = 2;
            o.NumVotesForDeathDeclaration = 2;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(30);
            configuration.GetSection(SectionName).Bind(o);
        });
        return silo;
    }
}
