namespace CaseConference.Domain.Clients;

/// <summary>What created a formulation version (CL3): a KK decision, or a KK ratifying a force majeure.</summary>
public enum FormulationSource
{
    KkDecision,
    ForceMajeureRatification,
}

/// <summary>An immutable version of the formulasi pelayanan dan rehabilitasi, with its provenance (CL3).</summary>
public sealed record FormulationVersion(
    int Version,
    List<FormulationItem> Items,
    FormulationSource Source,
    Guid ConferenceId,
    Guid? ForceMajeureId,
    Guid By,
    DateTimeOffset At);
