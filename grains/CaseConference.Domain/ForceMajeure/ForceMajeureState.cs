namespace CaseConference.Domain.ForceMajeure;

public enum ForceMajeureState
{
    /// <summary>Collecting consents from core members.</summary>
    Proposed,

    /// <summary>Quorum reached; the override applies until the KK decides (FM2, FM4).</summary>
    InForce,

    /// <summary>A core member objected before it came into force (FM3).</summary>
    Rejected,

    /// <summary>Pengukuhan by the KK: now part of a new formulation version (FM6).</summary>
    Ratified,

    /// <summary>Pembatalan by the KK: the override is lifted (FM6).</summary>
    Cancelled,
}
