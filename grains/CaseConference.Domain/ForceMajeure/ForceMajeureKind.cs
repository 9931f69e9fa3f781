namespace CaseConference.Domain.ForceMajeure;

/// <summary>The three things a force majeure may do to one formulation item (FM1).</summary>
public enum ForceMajeureKind
{
    /// <summary>Penangguhan pelaksanaan: postpone carrying out the item.</summary>
    Postpone,

    /// <summary>Perubahan pointers: change the item's text.</summary>
    Change,

    /// <summary>Pengguguran: annul the item altogether.</summary>
    Annul,
}
