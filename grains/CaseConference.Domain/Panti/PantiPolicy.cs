namespace CaseConference.Domain.Panti;

/// <summary>Configurable rules of one panti, with the defaults docs/RULES.md sets.</summary>
public sealed record PantiPolicy
{
    /// <summary>FM2: the consents of a force majeure must cover peksos, psikolog and medis.</summary>
    public bool ForceMajeureRequiresAllDisciplines { get; init; } = true;

    /// <summary>FM2: distinct core members needed; may be raised, never below three.</summary>
    public int ForceMajeureQuorum { get; init; } = 3;

    /// <summary>RV2: a review due within this many days counts as due soon.</summary>
    public int ReviewDueSoonDays { get; init; } = 14;

    /// <summary>KK4: case summaries must be acknowledged this long before the start (sehari sebelum).</summary>
    public int PreCirculationHours { get; init; } = 24;

    /// <summary>KK11: post-KK summary due within this many working days (Mon–Fri).</summary>
    public int PostKkSummaryWorkingDays { get; init; } = 3;

    /// <summary>
    /// Bounded, because a policy crosses the wire (and is serialized with this property) before
    /// <see cref="Validate"/> refuses an hour count out of range; int.MaxValue hours must not throw here.
    /// </summary>
    public TimeSpan PreCirculation => TimeSpan.FromHours(Math.Clamp(PreCirculationHours, 0, 24 * 14));

    public void Validate()
    {
        Require.That(ForceMajeureQuorum >= 3, () => DomainException.Invalid(
            "quorum_below_three", "The force-majeure quorum may be raised but never below three."));
        Require.That(ReviewDueSoonDays is >= 0 and <= 92, () => DomainException.Invalid(
            "review_window_out_of_range", "The review due-soon window must be 0 to 92 days."));
        Require.That(PreCirculationHours is >= 0 and <= 24 * 14, () => DomainException.Invalid(
            "pre_circulation_out_of_range", "Pre-circulation must be 0 to 336 hours."));
        Require.That(PostKkSummaryWorkingDays is >= 1 and <= 30, () => DomainException.Invalid(
            "summary_deadline_out_of_range", "The post-KK summary deadline must be 1 to 30 working days."));
    }
}
