namespace CaseConference.Domain.Clients;

/// <summary>
/// What a chronology line records, as a fact each reader's screen words in their own language
/// (catatan kronologis): the system stores no sentence. The entry's typed fields carry the
/// parameters; <see cref="ChronologyEntry.Text"/> carries only words a person wrote or a name.
/// </summary>
public enum ChronologyFact
{
    /// <summary>Reached by outreach; the text is where.</summary>
    ReachedByOutreach,

    /// <summary>Entered in the buku induk.</summary>
    Registered,

    /// <summary>Staff moved the stage (From → To); the text is their reason.</summary>
    StageMoved,

    /// <summary>The KK placed the client in the programme.</summary>
    PlacedByKk,

    /// <summary>The KK found the client not eligible; the text is its reason.</summary>
    NotEligibleByKk,

    ResocialisationReadyByKk,

    /// <summary>The KK found the client not ready; back to guidance.</summary>
    ResocialisationNotReadyByKk,

    RetrainingByKk,

    /// <summary>The KK terminated the service for <see cref="ChronologyEntry.TerminationReason"/>.</summary>
    TerminatedByKk,

    /// <summary>A responsible peksos assigned; the text is their name.</summary>
    PeksosAssigned,

    /// <summary>A new formulation version (<see cref="ChronologyEntry.Version"/>).</summary>
    FormulationVersioned,

    /// <summary>A KK decision (<see cref="ChronologyEntry.Decision"/>) was carried out.</summary>
    DecisionApplied,

    /// <summary>A force majeure on an item came into force; the text is its reason.</summary>
    ForceMajeureInForce,

    /// <summary>The KK ratified the force majeure on an item (pengukuhan).</summary>
    ForceMajeureRatified,

    /// <summary>The KK cancelled the force majeure on an item (pembatalan).</summary>
    ForceMajeureCancelled,

    /// <summary>
    /// A buku induk field was corrected (<see cref="ChronologyEntry.Field"/>, <see cref="ChronologyEntry.Before"/>,
    /// <see cref="ChronologyEntry.After"/>); the text is the reason given, if any.
    /// </summary>
    RegistrationCorrected,
}
