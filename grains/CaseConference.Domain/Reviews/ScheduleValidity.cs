using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;

namespace CaseConference.Domain.Reviews;

/// <summary>
/// Issue 9: a schedule built at one instant stays right, with nothing else changing, until the
/// first instant at which one of its time rules may flip: a new local day (RV1 statuses, RV3), a
/// planned KK starting (no longer covering its agenda, RV2), passing its pre-circulation deadline
/// (no longer taking placements) or left unopened for <see cref="ReviewSchedule.NotHeldAfter"/>
/// (RV4). A rule flipping at the instant of building counts too: such a view is built again.
/// </summary>
public static class ScheduleValidity
{
    public static DateTimeOffset Until(IEnumerable<ConferenceSlot> conferences,
        PantiSettings settings, DateTimeOffset now)
    {
        var calendar = new PantiCalendar(settings.TimeZone());
        var until = calendar.StartOfDay(calendar.LocalDate(now).PlusDays(1));
        foreach (var planned in conferences.Where(c => c.State == ConferenceState.Planned))
        {
            foreach (var flip in new[] { planned.Start, planned.Start.Plus(ReviewSchedule.NotHeldAfter),
                planned.Start.Plus(-settings.Policy.PreCirculation) })
            {
                if (flip >= now && flip < until)
                {
                    until = flip;
                }
            }
        }

        return until;
    }
}
