namespace CaseConference.Contracts.Health;

/// <summary>
/// Answers when the cluster can activate and run a grain. The gateway's readiness check calls it;
/// a stateless worker so the probe never queues behind real work.
/// </summary>
public interface IPingGrain : IGrainWithIntegerKey
{
    /// <summary>Returns the address of the silo that answered.</summary>
    Task<string> Ping();
}
