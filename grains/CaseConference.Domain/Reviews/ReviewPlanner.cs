using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;

namespace CaseConference.Domain.Reviews;

/// <summary>A client the planner puts on a KK agenda.</summary>
public sealed record AgendaPlacement(Guid ClientId, Guid ConferenceId, ReviewStatus Status);

/// <summary>
/// The plan: placements, and clients due that no regular KK can take in time (these need an
/// urgent KK; they remain escalated meanwhile).
/// </summary>
public sealed record ReviewPlan(List<AgendaPlacement> Placements, List<Guid> Unplaced);

/// <summary>
/// RV2 "no client slips through": every client due within the window or overdue, and on
/// no open KK agenda, goes to the next regular KK whose pre-circulation deadline (start − 24 h by
/// default) has not passed, so the case summary can still circulate in time.
/// </summary>
public static class ReviewPlanner
{
    public static ReviewPlan Plan(IEnumerable<ReviewDue> dues, IEnumerable<ConferenceSlot> conferences,
        PantiSettings settings, DateTimeOffset now)
    {
        var slots = conferences.ToList();
        // A planned KK whose start has passed without opening will review nobody: its agenda does
        // not cover anyone, or a session nobody held would hide clients from RV2.
        var covered = slots
            .Where(s => s.State == ConferenceState.InSession || s.State == ConferenceState.Planned && s.Start > now)
            .SelectMany(s => s.AgendaClientIds)
            .ToHashSet();
        var target = slots
            .Where(s => s.Kind == ConferenceKind.Regular && s.State == ConferenceState.Planned)
            .Where(s => s.Start.Plus(-settings.Policy.PreCirculation) > now)
            .OrderBy(s => s.Start)
            .FirstOrDefault();

        var needing = dues
            .Select(d => ReviewClock.Evaluate(d, now, settings))
            .Where(r => r.Status != ReviewStatus.Ok && !covered.Contains(r.ClientId))
            .OrderBy(r => r.DueOn)
            .ToList();

        return target is null
            ? new ReviewPlan([], [.. needing.Select(r => r.ClientId)])
            : new ReviewPlan([.. needing.Select(r => new AgendaPlacement(r.ClientId, target.ConferenceId, r.Status))],
                []);
    }
}
