namespace CaseConference.Domain.Clients;

public enum ChronologyKind
{
    Opened,
    Registered,
    StageChanged,
    PeksosAssigned,
    FormulationVersioned,
    DecisionApplied,
    ForceMajeureInForce,
    ForceMajeureLifted,
    RegistrationCorrected,
}

/// <summary>
/// One line of the client's append-only chronology (CL1; the kronologi of the case file): who, when,
/// why, and the KK or force majeure involved.
/// </summary>
public sealed record ChronologyEntry(int Number, DateTimeOffset At, Guid By, ChronologyKind Kind, string Text)
{
    public ClientStage? From { get; init; }

    public ClientStage? To { get; init; }

    public Guid? ConferenceId { get; init; }

    public Guid? ForceMajeureId { get; init; }

    public ChronologyFact? Fact { get; init; }

    /// <summary>The formulation item a force majeure concerns.</summary>
    public int? ItemNumber { get; init; }

    public ForceMajeure.ForceMajeureKind? ForceMajeureKind { get; init; }

    /// <summary>The formulation version created.</summary>
    public int? Version { get; init; }

    public Conferences.DecisionKind? Decision { get; init; }

    public TerminationReason? TerminationReason { get; init; }

    public Guid? StaffId { get; init; }

    /// <summary>The buku induk field a correction changed, with its value before and after (as text).</summary>
    public RegistrationField? Field { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}
