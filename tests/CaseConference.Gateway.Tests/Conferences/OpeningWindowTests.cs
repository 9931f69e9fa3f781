using System.Net;
using System.Text.Json.Nodes;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;

namespace CaseConference.Gateway.Tests.Conferences;

/// <summary>KK4: a KK opens no earlier than the panti's opening window (default one hour) before its start.</summary>
public sealed class OpeningWindowTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task KK4_a_KK_opens_no_earlier_than_the_panti_opening_window_before_its_start()
    {
        var now = DateTimeOffset.UtcNow;
        var start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero)
            .AddHours(3);
        var kk = await Sessions.PlanUrgentAsync(world, start);
        await Sessions.AttendAsync(world, kk);
        var readiness = await (await world.As("sekretaris").GetAsync($"/api/v1/conferences/{kk}/readiness"))
            .Read<SessionReadiness>();
        readiness.OpensAt.ShouldBe(start.AddHours(-1));
        var chair = GatewayWorld.Roles.Single(r => readiness.ChairIds.Contains(GatewayWorld.StaffId(r)));

        var early = await world.As(chair).Post($"/api/v1/conferences/{kk}/open",
            new { lateItemRulings = Array.Empty<object>() });

        var problem = await early.Problem(HttpStatusCode.Conflict);
        problem.Code().ShouldBe("conference_opens_too_early");
        problem["detail"]!.GetValue<string>().ShouldContain(start.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        (await Sessions.SnapshotAsync(world, kk)).Conference.State.ShouldBe(ConferenceState.Planned);

        var pimpinan = world.As("pimpinan");
        var settings = await pimpinan.GetAsync("/api/v1/panti/settings");
        (await settings.Read<JsonObject>())["policy"]!["opensMinutesBeforeStart"]!.GetValue<int>().ShouldBe(60);
        (await pimpinan.Put("/api/v1/panti/settings", new { policy = new { opensMinutesBeforeStart = 4 * 60 } },
            settings.Headers.ETag!.Tag))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var opened = await world.As(chair).Post($"/api/v1/conferences/{kk}/open",
            new { lateItemRulings = Array.Empty<object>() }, await Sessions.ETagAsync(world, kk));
        opened.StatusCode.ShouldBe(HttpStatusCode.NoContent, await opened.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task KK4_an_opening_window_out_of_range_is_refused_with_its_code()
    {
        var pimpinan = world.As("pimpinan");
        var etag = (await pimpinan.GetAsync("/api/v1/panti/settings")).Headers.ETag!.Tag;

        var refused = await pimpinan.Put("/api/v1/panti/settings",
            new { policy = new { opensMinutesBeforeStart = 24 * 60 + 1 } }, etag);

        (await refused.Problem(HttpStatusCode.UnprocessableEntity)).Code().ShouldBe("opening_window_out_of_range");
    }
}
