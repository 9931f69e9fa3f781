namespace CaseConference.Gateway;

/// <summary>
/// Keeps trying to reach the cluster while silos are still starting, so the gateway and the
/// silos can be started in any order. Gives up only when the gateway itself is shutting down.
/// </summary>
public sealed class ClusterConnectionRetry(ILogger<ClusterConnectionRetry> logger) : IClientConnectionRetryFilter
{
    private int attempt;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        attempt++;
        logger.LogWarning("Cluster not reachable yet (attempt {Attempt}): {Reason}", attempt, exception.Message);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
