using CaseConference.Domain.Staff;

namespace CaseConference.Domain.ForceMajeure;

/// <summary>
/// FM2: in force at <paramref name="threshold"/> (at least three) distinct core members and, when
/// the panti's policy says so, consents from peksos, psikolog and medis. Counting distinct people
/// is what makes a repeated consent harmless.
/// </summary>
public static class ForceMajeureQuorum
{
    public static bool IsMet(IEnumerable<Consent> consents, bool requireAllDisciplines, int threshold = 3) =>
        Progress(consents.Select(c => (c.StaffId, c.Discipline)), requireAllDisciplines, threshold).Met;

    /// <summary>
    /// How far the counted consents are from FM2: people, and disciplines when the policy asks for them.
    /// </summary>
    public static ForceMajeureProgress Progress(IEnumerable<(Guid StaffId, Discipline Discipline)> consents,
        bool requireAllDisciplines, int threshold = 3)
    {
        var distinct = consents.DistinctBy(c => c.StaffId).ToList();
        var needed = Math.Max(threshold, 3);
        var covered = DisciplineExtensions.All.Where(d => distinct.Any(c => c.Discipline == d)).ToList();
        var missing = requireAllDisciplines ? DisciplineExtensions.All.Except(covered).ToList() : [];
        return new ForceMajeureProgress(
            distinct.Count, needed, requireAllDisciplines, covered, missing, distinct.Count >= needed
            && missing.Count == 0);
    }
}

/// <summary>FM2 progress: distinct people counted of those needed, disciplines covered and still missing.</summary>
public sealed record ForceMajeureProgress(
    int Consents, int Needed, bool RequiresAllDisciplines, List<Discipline> Covered,
        List<Discipline> Missing, bool Met);
