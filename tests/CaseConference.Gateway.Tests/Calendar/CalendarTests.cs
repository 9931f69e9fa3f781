using System.Net;
using CaseConference.Contracts.Accounts;
using CaseConference.Domain.Conferences;

namespace CaseConference.Gateway.Tests.Calendar;

/// <summary>A private iCalendar feed per staff member at a revocable token URL.</summary>
public sealed class CalendarTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task The_feed_lists_the_KKs_one_attends_and_stops_when_its_token_is_revoked()
    {
        var kk = await Sessions.PlanUrgentAsync(world, ("staf", Capacity.InvitedStaff));
        var issued = await (await world.As("staf").Post("/api/v1/auth/calendar-token", new { label = "ponsel" }))
            .Read<IssuedToken>();
        var feed = await world.Anonymous().GetAsync($"/api/v1/calendar/{issued.Token}.ics");
        feed.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var text = await feed.Content.ReadAsStringAsync();
        text.ShouldContain("BEGIN:VCALENDAR");
        text.ShouldContain($"kk-{kk}@caseconference");

        // A calendar token is not a bearer token, and a bearer token is not a calendar token.
        var api = world.Anonymous();
        api.DefaultRequestHeaders.Authorization = new("Bearer", issued.Token);
        (await api.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await world.Anonymous().GetAsync($"/api/v1/calendar/{world.TokenOf("staf")}.ics"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await world.As("staf").DeleteAsync($"/api/v1/auth/tokens/{issued.TokenId}")).EnsureSuccessStatusCode();
        (await world.Anonymous().GetAsync($"/api/v1/calendar/{issued.Token}.ics"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
