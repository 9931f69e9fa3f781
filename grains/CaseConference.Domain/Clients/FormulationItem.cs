namespace CaseConference.Domain.Clients;

/// <summary>
/// One numbered item of the formulation. Numbers are stable across versions so a force majeure can
/// name an item; an annulled item disappears, the others keep their numbers.
/// </summary>
public sealed record FormulationItem(int Number, string Text, bool Postponed = false)
{
    public static void ValidateList(IReadOnlyCollection<FormulationItem> items)
    {
        Require.That(items.Count > 0, () =>
            DomainException.Invalid("formulation_empty", "A formulation needs at least one item."));
        Require.That(items.All(i => i.Number > 0), () =>
            DomainException.Invalid("item_number_invalid", "Item numbers start at 1."));
        Require.That(items.Select(i => i.Number).Distinct().Count() == items.Count, () => DomainException.Invalid(
            "item_number_duplicate", "Item numbers must be unique."));
        Require.That(items.All(i => !string.IsNullOrWhiteSpace(i.Text)), () => DomainException.Invalid(
            "item_text_required", "Every item needs a text."));
    }
}
