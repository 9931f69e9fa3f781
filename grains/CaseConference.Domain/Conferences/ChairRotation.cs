using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Conferences;

/// <summary>
/// KK2 (the chair is taken in rotation, per session): the chair goes round peksos → psikolog →
/// medis, one step per session, skipping a discipline with no core member present. Pure, so the
/// property tests can hammer it.
/// </summary>
public static class ChairRotation
{
    /// <returns>The chair discipline for this session, or null when no core member is present.</returns>
    public static Discipline? Next(Discipline? lastChair, IEnumerable<Discipline> presentDisciplines)
    {
        var present = presentDisciplines.ToHashSet();
        var order = DisciplineExtensions.All;
        var start = lastChair is { } last ? ((int)last + 1) % order.Count : 0;
        for (var step = 0; step < order.Count; step++)
        {
            var candidate = order[(start + step) % order.Count];
            if (present.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
