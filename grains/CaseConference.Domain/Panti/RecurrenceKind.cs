namespace CaseConference.Domain.Panti;

public enum RecurrenceKind
{
    /// <summary>Every N weeks on a weekday.</summary>
    Weekly,

    /// <summary>The nth (or last) given weekday of every month.</summary>
    MonthlyNthWeekday,
}
