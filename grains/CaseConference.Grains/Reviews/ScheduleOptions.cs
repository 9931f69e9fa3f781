namespace CaseConference.Grains.Reviews;

/// <summary>How the panti schedules plan (configuration section <c>Schedule</c>).</summary>
public sealed class ScheduleOptions
{
    public const string SectionName = "Schedule";

    /// <summary>
    /// How often each panti's schedule plans again on its own (an Orleans reminder, so it survives
    /// restarts). Changes plan at once; this catches time passing and anything a crash lost.
    /// </summary>
    public TimeSpan PlanningPeriod { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many occurrences of the fixed schedule are planned ahead as regular KKs (KK5).</summary>
    public int RegularConferencesAhead { get; set; } = 2;

    /// <summary>
    /// Issue 9: the least time between two planning passes that client notices start. Notices
    /// arriving meanwhile are coalesced: their rows are written in one statement and one pass plans
    /// for all of them, so a burst of registrations costs a few passes, not one each.
    /// </summary>
    public TimeSpan ChangeCoalescing { get; set; } = TimeSpan.FromMilliseconds(250);
}
