using CaseConference.Domain.ForceMajeure;

namespace CaseConference.Domain.Clients;

/// <summary>
/// A force majeure in force, laid over one item of the base formulation (FM4). The base version is
/// untouched until a KK ratifies (pengukuhan) or cancels (pembatalan) it.
/// </summary>
public sealed record FormulationOverlay(Guid ForceMajeureId, int ItemNumber, ForceMajeureKind Kind,
    string? NewText, DateTimeOffset Since);

public enum EffectiveItemStatus
{
    AsAgreed,
    Postponed,
    Changed,
    Annulled,
}

/// <summary>An item as staff must currently follow it: the base text, or the override in force.</summary>
public sealed record EffectiveItem(int Number, string Text, string BaseText,
    EffectiveItemStatus Status, Guid? ForceMajeureId);
