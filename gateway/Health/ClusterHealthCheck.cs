using CaseConference.Contracts.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseConference.Gateway.Health;

/// <summary>Ready only when a silo activates and answers a grain call in time.</summary>
public sealed class ClusterHealthCheck(IClusterClient cluster) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        try
        {
            var silo = await cluster.GetGrain<IPingGrain>(0).Ping()
                .WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy($"answered by {silo}");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("cluster did not answer", e);
        }
    }
}
