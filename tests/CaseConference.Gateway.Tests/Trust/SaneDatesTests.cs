using System.Net;
using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Commands;

namespace CaseConference.Gateway.Tests.Trust;

/// <summary>
/// Finding 1: one request cannot break a panti; dates have a sane range and stored ones cannot overflow.
/// </summary>
public sealed class SaneDatesTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private const string EndOfTime = "9999-12-31T23:59:59Z";

    [Fact]
    public async Task Finding01_a_kk_or_a_schedule_in_year_9999_is_refused_naming_the_field()
    {
        var pimpinan = world.As("pimpinan");
        foreach (var start in new[] { EndOfTime, "0001-01-01T00:00:00Z",
            DateTimeOffset.UtcNow.AddYears(3).ToString("O") })
        {
            var urgent = await pimpinan.Post("/api/v1/conferences/urgent", new { start, reason = "Darurat." });
            (await urgent.Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldContain("start");
            var regular = await pimpinan.Post("/api/v1/conferences/regular", new { start });
            (await regular.Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldContain("start");
        }

        var etag = (await pimpinan.GetAsync("/api/v1/panti/settings")).Headers.ETag!.Tag;
        var schedule = new { kind = "Weekly", weekday = "Wednesday", localTime = "09:00:00", startsOn = "9999-12-31" };
        var settings = await pimpinan.Put("/api/v1/panti/settings", new { schedule }, etag);
        (await settings.Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldContain("schedule.startsOn");

        (await pimpinan.GetAsync("/api/v1/review-schedule")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Finding01_stored_dates_at_the_ends_of_the_calendar_break_no_list_feed_or_planning()
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        var schedule = world.Cluster.Client.GetGrain<IReviewScheduleGrain>(DemoSeed.PantiId);

        // Injected behind the API: a KK, the panti's fixed schedule and two clients' review clocks at the calendar's
        // ends.
        await RewriteStateAsync(kk, "\"start\":\"[^\"]+\"", $"\"start\":\"{EndOfTime}\"");
        await RewriteStateAsync(DemoSeed.PantiId, "\"startsOn\":\"[0-9-]+\"", "\"startsOn\":\"9999-12-31\"");
        await world.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await schedule.ConferenceChanged(new ConferenceSlot(Guid.NewGuid(), ConferenceKind.Regular,
            ConferenceState.Planned, DateTimeOffset.MaxValue, []));
        await schedule.ConferenceChanged(new ConferenceSlot(Guid.NewGuid(), ConferenceKind.Urgent,
            ConferenceState.Planned, DateTimeOffset.MinValue, []));
        foreach (var at in new[] { DateTimeOffset.MaxValue, DateTimeOffset.MinValue })
        {
            await schedule.ClientChanged(new ClientFacts(Guid.NewGuid(), DemoSeed.PantiId, $"Klien {at.Year}",
                ClientStage.InGuidance, null, at));
        }

        await schedule.Replan();
        var pimpinan = world.As("pimpinan");
        await Poll.Until(async () => (await (await pimpinan.GetAsync("/api/v1/clients?limit=200"))
            .Read<Features.Clients.ListClients.ClientPage>()).Items
            .Any(c => c.Name == "Klien 9999"), TimeSpan.FromSeconds(10), "the injected client on the list");
        foreach (var read in new[] { "/api/v1/review-schedule", "/api/v1/conferences", "/api/v1/clients",
            $"/api/v1/conferences/{kk}" })
        {
            (await pimpinan.GetAsync(read)).StatusCode.ShouldBe(HttpStatusCode.OK, read);
        }

        var calendar = await (await pimpinan.Post("/api/v1/auth/calendar-token", new { label = "kalender" }))
            .Read<IssuedToken>();
        (await world.Anonymous().GetAsync($"/api/v1/calendar/{calendar.Token}.ics"))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        // Planning goes on with what it can place: a new urgent KK still reaches the schedule.
        var next = await Sessions.PlanUrgentAsync(world);
        await Poll.Until(async () => (await pimpinan.GetStringAsync("/api/v1/conferences")).Contains(next.ToString(),
            StringComparison.Ordinal),
            TimeSpan.FromSeconds(10), "the new KK on the list");
    }

    private async Task RewriteStateAsync(Guid grain, string pattern, string replacement)
    {
        var rows = await world.Cluster.Database.ScalarAsync<long>(
            "WITH changed AS (UPDATE orleans_grain_state SET payload = regexp_replace(payload::text, $2, $3, 'g')::json " +
            "WHERE grain_key = $1 AND payload::text ~ $2 RETURNING 1) SELECT count(*) FROM changed",
            grain.ToString(), pattern, replacement);
        rows.ShouldBeGreaterThan(0, $"state of {grain}");
    }
}
