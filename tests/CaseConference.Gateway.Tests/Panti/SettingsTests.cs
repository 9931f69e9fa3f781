using System.Net;

namespace CaseConference.Gateway.Tests.Panti;

/// <summary>Finding 5 for the settings: one grain call compares If-Match and makes the change.</summary>
public sealed class SettingsTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Finding05_simultaneous_settings_changes_with_one_etag_never_both_accepted()
    {
        var pimpinan = world.As("pimpinan");
        var etag = (await pimpinan.GetAsync("/api/v1/panti/settings")).Headers.ETag!.Tag;

        for (var pair = 0; pair < 50; pair++)
        {
            // Values never repeat, so no pair can bring back a content (and an ETag) seen before.
            var answers = await Task.WhenAll(
                pimpinan.Put("/api/v1/panti/settings", new { policy = new { preCirculationHours = pair } }, etag),
                pimpinan.Put("/api/v1/panti/settings", new { policy = new { preCirculationHours = 100 + pair } },
                    etag));

            var accepted = answers.Single(a => a.StatusCode == HttpStatusCode.OK);
            (await answers.Single(a => a != accepted).Problem(HttpStatusCode.PreconditionFailed)).Code()
                .ShouldBe("stale_etag");
            etag = accepted.Headers.ETag!.Tag;
        }

        var read = await pimpinan.GetAsync("/api/v1/panti/settings");
        read.Headers.ETag!.Tag.ShouldBe(etag);
    }

    [Fact]
    public async Task Finding05_settings_without_if_match_are_428_and_a_foreign_panti_cannot_touch_them()
    {
        var none = await world.As("pimpinan").Put("/api/v1/panti/settings",
            new { policy = new { reviewDueSoonDays = 20 } });
        (await none.Problem(HttpStatusCode.PreconditionRequired)).Code().ShouldBe("if_match_required");

        var before = await (await world.As("pimpinan").GetAsync("/api/v1/panti/settings")).Content.ReadAsStringAsync();
        var foreign = await world.As(GatewayWorld.Foreign).Put("/api/v1/panti/settings",
            new { policy = new { reviewDueSoonDays = 21 } }, "*");
        foreign.IsSuccessStatusCode.ShouldBeTrue(); // the foreign pimpinan changes only their own panti
        (await (await world.As("pimpinan").GetAsync("/api/v1/panti/settings")).Content.ReadAsStringAsync())
            .ShouldBe(before);
    }
}
