namespace CaseConference.Grains.Conferences;

/// <summary>
/// Issue 9: a step a KK's command takes in another grain after its state write, kept in its
/// <see cref="Infrastructure.Outbox{TStep}"/> until done. Each is idempotent where it lands.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ConferenceFollowOn([property: Id(0)] ConferenceFollowOnKind Kind,
    [property: Id(1)] Guid? Target = null);

public enum ConferenceFollowOnKind
{
    /// <summary>The client (<see cref="ConferenceFollowOn.Target"/>) hears it is on this KK's agenda (CL6).</summary>
    OnAgenda,

    /// <summary>The client hears this KK is over for it.</summary>
    OffAgenda,

    /// <summary>FM7: the undecided force majeure moves on from this KK, which was held.</summary>
    CarryOverFromHeld,

    /// <summary>The force majeure moves on from this KK, cancelled without being held.</summary>
    CarryOverFromCancelled,

    /// <summary>KK10: the closed KK is sealed into the panti's chain.</summary>
    Seal,

    /// <summary>KK2: the panti's chair rotation hears who chaired this KK.</summary>
    RecordChair,

    /// <summary>
    /// RV2/FM5: the panti's review schedule hears the KK's slot (state, start, agenda) as it stands when the step runs.
    /// </summary>
    TellSchedule,

    /// <summary>The panti's KK register hears the KK's listing as it stands when the step runs.</summary>
    TellRegister,
}
