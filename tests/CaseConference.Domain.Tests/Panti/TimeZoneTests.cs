using CaseConference.Domain.Panti;
using CaseConference.Domain.Reviews;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Panti;

public sealed class TimeZoneTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void TN2_a_panti_defaults_to_Jakarta_and_refuses_an_unknown_zone()
    {
        new PantiSettings().TimeZoneId.ShouldBe("Asia/Jakarta");

        _world.Settings.ChangeTimeZone(_world.Pimpinan, "Asia/Makassar", TestWorld.Now);
        _world.Settings.TimeZone().BaseUtcOffset.ShouldBe(TimeSpan.FromHours(8));

        Refused(() => _world.Settings.ChangeTimeZone(_world.Pimpinan, "Asia/Atlantis", TestWorld.Now),
            RefusalKind.Invalid, "unknown_time_zone");
        Refused(() => _world.Settings.ChangeTimeZone(_world.Peksos, "Asia/Jayapura", TestWorld.Now),
            RefusalKind.Forbidden, "pimpinan_only");
    }

    [Fact]
    public void TN2_days_and_due_dates_are_computed_in_the_panti_zone_not_in_utc()
    {
        // 31 Jan 2026 18:00 UTC is already Sunday 1 Feb 01:00 in Jakarta.
        var lateEvening = new DateTimeOffset(2026, 1, 31, 18, 0, 0, TimeSpan.Zero);
        var jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

        ReviewClock.DueOn(lateEvening, jakarta).ShouldBe(new DateOnly(2026, 5, 1));
        ReviewClock.DueOn(lateEvening, TimeZoneInfo.Utc).ShouldBe(new DateOnly(2026, 4, 30));

        // Thursday 20:00 UTC is already Friday 03:00 in Jakarta: three working days later is Wednesday, not Tuesday.
        var thursdayEvening = new DateTimeOffset(2026, 1, 8, 20, 0, 0, TimeSpan.Zero);
        new PantiCalendar(jakarta).AddWorkingDays(thursdayEvening, 3).ShouldBe(new DateOnly(2026, 1, 14));
        new PantiCalendar(TimeZoneInfo.Utc).AddWorkingDays(thursdayEvening, 3).ShouldBe(new DateOnly(2026, 1, 13));
    }

    [Fact]
    public void TN2_policy_defaults_follow_the_rules_and_invalid_policies_are_refused()
    {
        var policy = new PantiPolicy();
        policy.ForceMajeureRequiresAllDisciplines.ShouldBeTrue();
        policy.ReviewDueSoonDays.ShouldBe(14);
        policy.PreCirculation.ShouldBe(TimeSpan.FromHours(24));
        policy.PostKkSummaryWorkingDays.ShouldBe(3);

        _world.Settings.ChangePolicy(_world.Pimpinan, policy with { ReviewDueSoonDays = 21 }, TestWorld.Now);
        _world.Settings.Policy.ReviewDueSoonDays.ShouldBe(21);
        Refused(() =>
            _world.Settings.ChangePolicy(_world.Pimpinan, policy with { PostKkSummaryWorkingDays = 0 }, TestWorld.Now),
            RefusalKind.Invalid, "summary_deadline_out_of_range");
    }
}
