namespace CaseConference.Grains.Clients;

/// <summary>
/// Issue 9: a step a client's change takes in another grain after its state write, kept in its
/// <see cref="Infrastructure.Outbox{TStep}"/> until done. Each is idempotent where it lands.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ClientFollowOn([property: Id(0)] ClientFollowOnKind Kind);

public enum ClientFollowOnKind
{
    /// <summary>
    /// RV1/RV4: the panti's review schedule hears the client's facts as they stand when the step runs.
    /// </summary>
    TellSchedule,
}
