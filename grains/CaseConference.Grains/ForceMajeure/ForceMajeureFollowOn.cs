namespace CaseConference.Grains.ForceMajeure;

/// <summary>
/// Issue 9: a step a force majeure's command takes in another grain after its state write, kept in
/// its <see cref="Infrastructure.Outbox{TStep}"/> until done. Each is idempotent where it lands.
/// </summary>
public enum ForceMajeureFollowOn
{
    /// <summary>FM4: in force, the client's effective formulation shows it (placed once per force majeure).</summary>
    PlaceOverlay,

    /// <summary>FM5/FM7: the schedule places it on the next KK, to be ratified.</summary>
    AwaitRatification,

    /// <summary>FM3/FM7: the schedule places it on the next KK, for discussion.</summary>
    AwaitDiscussion,

    /// <summary>FM6: decided; the schedule stops placing it.</summary>
    Resolved,
}
