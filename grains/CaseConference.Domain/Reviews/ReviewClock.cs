using CaseConference.Domain.Panti;

namespace CaseConference.Domain.Reviews;

/// <summary>
/// The quarterly review clock (RV1: at least once every three months): the
/// last KK that decided on the client plus three calendar months, on the local calendar of
/// the panti (TN2). A review falling on the 31st of a shorter month moves to that month's end.
/// </summary>
public static class ReviewClock
{
    public const int Months = 3;

    public static DateOnly DueOn(DateTimeOffset lastDecidedAt, TimeZoneInfo zone) =>
        new PantiCalendar(zone).LocalDate(lastDecidedAt).PlusMonths(Months);

    public static ReviewStatus StatusOf(DateOnly dueOn, DateTimeOffset now, TimeZoneInfo zone, int dueSoonDays)
    {
        var today = new PantiCalendar(zone).LocalDate(now);
        return today > dueOn ? ReviewStatus.Overdue
            : dueOn.DayNumber - today.DayNumber <= dueSoonDays ? ReviewStatus.DueSoon
            : ReviewStatus.Ok;
    }

    public static ClientReview Evaluate(ReviewDue due, DateTimeOffset now, PantiSettings settings) =>
        new(due.ClientId, due.DueOn, StatusOf(due.DueOn, now, settings.TimeZone(), settings.Policy.ReviewDueSoonDays));
}
