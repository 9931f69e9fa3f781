using CaseConference.Domain.Staff;

namespace CaseConference.Domain.ForceMajeure;

/// <summary>
/// FM2: in force at <paramref name="threshold"/> (at least three) distinct core members and, when
/// the panti's policy says so, consents from peksos, psikolog and medis. Counting distinct people
/// is what makes a repeated consent harmless.
/// </summary>
public static class ForceMajeureQuorum
{
    public static bool IsMet(IEnumerable<Consent> consents, bool requireAllDisciplines, int threshold = 3)
    {
        var distinct = consents.DistinctBy(c => c.StaffId).ToList();
        return distinct.Count >= Math.Max(threshold, 3)
            && (!requireAllDisciplines || DisciplineExtensions.All.All(d => distinct.Any(c => c.Discipline == d)));
    }
}
