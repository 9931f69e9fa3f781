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

    /// <summary>
    /// KK4: a KK opens at most this many minutes before its planned start, so nobody can open it days
    /// early and skip the pre-circulation deadline that is counted back from the start.
    /// </summary>
    public int OpensMinutesBeforeStart { get; init; } = 60;

    /// <summary>KK11: post-KK summary due within this many working days (Mon–Fri).</summary>
    public int PostKkSummaryWorkingDays { get; init; } = 3;

    /// <summary>
    /// Bounded, because a policy crosses the wire (and is serialized with this property) before
    /// <see cref="Validate"/> refuses an hour count out of range; int.MaxValue hours must not throw here.
    /// </summary>
    public TimeSpan PreCirculation => TimeSpan.FromHours(Math.Clamp(PreCirculationHours, 0, 24 * 14));

    /// <summary>Bounded for the same reason as <see cref="PreCirculation"/>.</summary>
    public TimeSpan OpeningWindow() =>
        TimeSpan.FromMinutes(Math.Clamp(OpensMinutesBeforeStart, 0, MaxOpeningWindowMinutes));

    public const int MaxOpeningWindowMinutes = 24 * 60;

    public void Validate()
    {
        Require.That(ForceMajeureQuorum >= 3, () => DomainException.Invalid(
            "quorum_below_three", "The force-majeure quorum may be raised but never below three."));
        Require.That(ReviewDueSoonDays is >= 0 and <= 92, () => DomainException.Invalid(
            "review_window_out_of_range", "The review due-soon window must be 0 to 92 days."));
        Require.That(PreCirculationHours is >= 0 and <= 24 * 14, () => DomainException.Invalid(
            "pre_circulation_out_of_range", "Pre-circulation must be 0 to 336 hours."));
        Require.That(OpensMinutesBeforeStart is >= 0 and <= MaxOpeningWindowMinutes, () => DomainException.Invalid(
            "opening_window_out_of_range", "A KK opens 0 to 1440 minutes before its start."));
        Require.That(PostKkSummaryWorkingDays is >= 1 and <= 30, () => DomainException.Invalid(
            "summary_deadline_out_of_range", "The post-KK summary deadline must be 1 to 30 working days."));
    }
}
