namespace CaseConference.Gateway.Live;

/// <summary>
/// Tells the feed relays at once when this gateway's connections to silos change (a silo died,
/// joined, or the cluster was lost), so they renew their subscriptions now: grains of a dead silo
/// reactivate elsewhere without the observers they had.
/// </summary>
public sealed class ClusterChanges : IClusterConnectionStatusObserver
{
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next change.</summary>
    public Task Next => Volatile.Read(ref changed).Task;

    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways,
        bool connectionRecovered) => Signal();

    public void NotifyClusterConnectionLost() => Signal();

    private void Signal() =>
        Interlocked.Exchange(ref changed,
            new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
