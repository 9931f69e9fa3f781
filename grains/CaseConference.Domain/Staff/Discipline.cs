namespace CaseConference.Domain.Staff;

/// <summary>
/// The three disciplines of the core team (tim inti KK). The declaration order is the chair
/// rotation order (KK2), so do not reorder.
/// </summary>
public enum Discipline
{
    Peksos,
    Psikolog,
    Medis,
}

public static class DisciplineExtensions
{
    public static IReadOnlyList<Discipline> All { get; } = [Discipline.Peksos, Discipline.Psikolog, Discipline.Medis];

    /// <summary>The staff role a person needs to serve the core team in this discipline.</summary>
    public static StaffRole Role(this Discipline discipline) => discipline switch
    {
        Discipline.Peksos => StaffRole.Peksos,
        Discipline.Psikolog => StaffRole.Psikolog,
        Discipline.Medis => StaffRole.Medis,
        _ => throw new ArgumentOutOfRangeException(nameof(discipline)),
    };
}
