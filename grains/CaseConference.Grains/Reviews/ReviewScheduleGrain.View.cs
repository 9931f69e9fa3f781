using CaseConference.Contracts.Reviews;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Reviews;

namespace CaseConference.Grains.Reviews;

/// <summary>
/// Issue 9: the view (RV4, RV3) is built once per change, not per read. Any change of what it is
/// built from drops it; time passing does when <see cref="ScheduleValidity"/> says a rule may flip.
/// Each build has its own id, so a gateway that holds the view's bytes knows when they still hold.
/// </summary>
public sealed partial class ReviewScheduleGrain
{
    private ScheduleView? view;
    private Guid viewBuild;
    private DateTimeOffset viewValidUntil;

    /// <summary>The panti's settings as the last pass read them (a change of them asks for a pass).</summary>
    private PantiSettings? settings;

    private async Task<ScheduleView> CurrentViewAsync()
    {
        if (view is null || Now >= viewValidUntil)
        {
            if (view is not null)
            {
                // Time changed what followers see (and maybe whom RV2 must place): a pass publishes it.
                RequestPass(TimeSpan.Zero);
            }

            settings ??= await Panti.Settings();
            Cache(Build(settings), settings);
        }

        return view!;
    }

    private void Cache(ScheduleView built, PantiSettings by)
    {
        view = built;
        viewBuild = Guid.NewGuid();
        viewValidUntil = ScheduleValidity.Until(state.State.Conferences.Values, by, Now);
    }

    private ScheduleView Build(PantiSettings by)
    {
        var zone = by.TimeZone();
        var dues = Dues(zone);
        var reviews = dues.Select(d => ReviewClock.Evaluate(d, Now, by)).ToList();
        var plan = ReviewPlanner.Plan(dues, state.State.Conferences.Values, by, Now);
        return new ScheduleView(
            ReviewSchedule.Build(reviews, state.State.Conferences.Values, zone, Now, clients.Values
                .Where(c => c.ResponsiblePeksosId is not null).ToDictionary(c => c.ClientId,
                    c => c.ResponsiblePeksosId!.Value)),
            reviews,
            [.. reviews.Where(r => r.EscalatedToPimpinan).Select(r => r.ClientId)],
            plan.Unplaced,
            clients.Values.ToDictionary(c => c.ClientId, c => c.Name),
            Feed.LastSequence,
            clients.Values.Where(c => c.RegisterNumber is not null).ToDictionary(c => c.ClientId,
                c => c.RegisterNumber!));
    }

    /// <summary>RV1: clients in a stage with a review clock, and the local date each is due, soonest first.</summary>
    private List<ReviewDue> Dues(TimeZoneInfo zone) => [.. clients.Values
        .Where(c => StageTransitions.HasReviewClock(c.Stage) && c.LastReviewedAt is not null)
        .Select(c => new ReviewDue(c.ClientId, ReviewClock.DueOn(c.LastReviewedAt!.Value, zone)))
        .OrderBy(d => d.DueOn)
        .ThenBy(d => d.ClientId)];
}
