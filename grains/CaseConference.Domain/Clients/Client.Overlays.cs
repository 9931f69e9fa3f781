using CaseConference.Domain.ForceMajeure;

namespace CaseConference.Domain.Clients;

public sealed partial class Client
{
    /// <summary>FM4: a force majeure came into force; overlay it on the effective formulation.</summary>
    public FormulationOverlayPlaced PlaceOverlay(ForceMajeureOverride fm, DateTimeOffset now)
    {
        Require.That(fm.ClientId == Id, () =>
            DomainException.Invalid("wrong_client", "The force majeure concerns another client."));
        Require.That(fm.State == ForceMajeureState.InForce, () => DomainException.Conflict(
            "force_majeure_not_in_force", "Only a force majeure in force changes the effective formulation."));
        Require.That(Overlays.All(o => o.ForceMajeureId != fm.Id && o.ItemNumber != fm.ItemNumber), () =>
            DomainException.Conflict(
            "item_already_overridden", $"Item {fm.ItemNumber} already has a force majeure in force."));

        var overlay = new FormulationOverlay(fm.Id, fm.ItemNumber, fm.Kind, fm.NewText, now);
        Overlays.Add(overlay);
        Note(new(0, now, fm.ProposedBy, ChronologyKind.ForceMajeureInForce, fm.Reason)
        {
            Fact = ChronologyFact.ForceMajeureInForce, ForceMajeureId = fm.Id, ItemNumber = fm.ItemNumber,
                ForceMajeureKind = fm.Kind,
        });
        return new FormulationOverlayPlaced(Id, overlay, now);
    }

    /// <summary>FM4: the base version with every override in force laid over it.</summary>
    public IReadOnlyList<EffectiveItem> EffectiveFormulation()
    {
        var items = Formulation.Current?.Items ?? [];
        return items.Select(item => Overlays.FirstOrDefault(o => o.ItemNumber == item.Number) switch
        {
            null => new EffectiveItem(item.Number, item.Text, item.Text,
                item.Postponed ? EffectiveItemStatus.Postponed : EffectiveItemStatus.AsAgreed, null),
            { Kind: ForceMajeureKind.Postpone } o =>
                new EffectiveItem(item.Number, item.Text, item.Text, EffectiveItemStatus.Postponed, o.ForceMajeureId),
            { Kind: ForceMajeureKind.Change } o => new EffectiveItem(item.Number, o.NewText ?? item.Text, item.Text,
                EffectiveItemStatus.Changed, o.ForceMajeureId),
            { } o => new EffectiveItem(item.Number, "", item.Text, EffectiveItemStatus.Annulled, o.ForceMajeureId),
        }).ToList();
    }

    /// <summary>FM6 pengukuhan: the override becomes a new version citing the KK and the force majeure.</summary>
    private IEnumerable<IDomainEvent> Ratify(Guid forceMajeureId, Guid conferenceId, Guid by, DateTimeOffset now)
    {
        var overlay = FindOverlay(forceMajeureId);
        var items = (Formulation.Current?.Items ?? []).SelectMany(item => item.Number != overlay.ItemNumber
            ? [item]
            : overlay.Kind switch
            {
                ForceMajeureKind.Postpone => [item with { Postponed = true }],
                ForceMajeureKind.Change => [item with { Text = overlay.NewText ?? item.Text, Postponed = false }],
                _ => Array.Empty<FormulationItem>(),
            }).ToList();

        var version = NewVersion(items, FormulationSource.ForceMajeureRatification, conferenceId,
            forceMajeureId, by, now);
        return [version, LiftOverlay(forceMajeureId, by, now, ChronologyFact.ForceMajeureRatified)];
    }

    private FormulationOverlayLifted LiftOverlay(Guid forceMajeureId, Guid by, DateTimeOffset now, ChronologyFact fact)
    {
        var overlay = FindOverlay(forceMajeureId);
        Overlays.Remove(overlay);
        Note(new(0, now, by, ChronologyKind.ForceMajeureLifted, "")
        {
            Fact = fact, ForceMajeureId = forceMajeureId, ItemNumber = overlay.ItemNumber,
                ForceMajeureKind = overlay.Kind,
        });
        return new FormulationOverlayLifted(Id, forceMajeureId, now);
    }

    private FormulationOverlay FindOverlay(Guid forceMajeureId) =>
        Overlays.FirstOrDefault(o => o.ForceMajeureId == forceMajeureId)
        ?? throw DomainException.Conflict("force_majeure_not_in_force",
            "That force majeure is not in force on this client.");
}
