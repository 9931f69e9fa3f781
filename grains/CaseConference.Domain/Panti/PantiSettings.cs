using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Panti;

/// <summary>Time zone (TN2), policy and fixed KK schedule (KK5) of one panti.</summary>
public sealed class PantiSettings
{
    public const string DefaultTimeZoneId = "Asia/Jakarta";

    public string TimeZoneId { get; set; } = DefaultTimeZoneId;

    public PantiPolicy Policy { get; set; } = new();

    public KkRecurrence? Schedule { get; set; }

    public TimeZoneInfo TimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public PantiCalendar Calendar() => new(TimeZone());

    /// <summary>
    /// Changes any of time zone, policy and schedule at once. Every part is checked before any
    /// changes, so a refused policy leaves the time zone as it was too.
    /// </summary>
    public IReadOnlyList<PantiSettingsChanged> Change(
        Actor actor, string? timeZoneId, PantiPolicy? policy, KkRecurrence? schedule, DateTimeOffset now)
    {
        RequirePimpinan(actor);
        policy?.Validate();
        schedule?.Validate();
        var changes = new List<PantiSettingsChanged>();
        if (timeZoneId is not null)
        {
            changes.Add(ChangeTimeZone(actor, timeZoneId, now));
        }

        if (policy is not null)
        {
            changes.Add(ChangePolicy(actor, policy, now));
        }

        if (schedule is not null)
        {
            changes.Add(ChangeSchedule(actor, schedule, now));
        }

        return changes;
    }

    public PantiSettingsChanged ChangeTimeZone(Actor actor, string timeZoneId, DateTimeOffset now)
    {
        RequirePimpinan(actor);
        Require.Text(timeZoneId, "time_zone_required", "The time zone");
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw DomainException.Invalid("unknown_time_zone", $"'{timeZoneId}' is not a known time zone.");
        }

        TimeZoneId = timeZoneId;
        return new PantiSettingsChanged("time_zone", actor.StaffId, now);
    }

    public PantiSettingsChanged ChangePolicy(Actor actor, PantiPolicy policy, DateTimeOffset now)
    {
        RequirePimpinan(actor);
        policy.Validate();
        Policy = policy;
        return new PantiSettingsChanged("policy", actor.StaffId, now);
    }

    public PantiSettingsChanged ChangeSchedule(Actor actor, KkRecurrence schedule, DateTimeOffset now)
    {
        RequirePimpinan(actor);
        schedule.Validate();
        Require.That(SaneDates.IsScheduleStart(schedule.StartsOn, Calendar().LocalDate(now)), () =>
            DomainException.Invalid(
            "schedule_start_out_of_range",
                $"A fixed schedule starts within {SaneDates.ScheduleYears} years of today."));
        Schedule = schedule;
        return new PantiSettingsChanged("schedule", actor.StaffId, now);
    }

    private static void RequirePimpinan(Actor actor) => Require.That(actor.IsPimpinan, () => DomainException.Forbidden(
        "pimpinan_only", "Only the pimpinan changes the panti's settings."));
}
