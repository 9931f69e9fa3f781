using System.Text.Json;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain.Reviews;
using CaseConference.Gateway.Features.Reviews;
using Microsoft.Extensions.DependencyInjection;

namespace CaseConference.Gateway.Tests.Reviews;

/// <summary>Issue 9: GET /review-schedule costs about sending its bytes while the schedule is unchanged.</summary>
public sealed class GetReviewScheduleTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private const string Url = "/api/v1/review-schedule";

    [Fact]
    public async Task
        Issue09_an_unchanged_schedule_is_sent_again_as_the_same_bytes_without_the_view_crossing_from_the_silo()
    {
        var views = world.Gateway.Services.GetRequiredService<ScheduleViews>();
        var staf = world.As("staf");
        var first = await staf.GetAsync(Url);
        first.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        first.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var bytes = await first.Content.ReadAsByteArrayAsync();
        var view = JsonSerializer.Deserialize<ScheduleView>(bytes, HttpApi.Json)!;
        first.Headers.ETag!.Tag.ShouldBe($"\"{view.Version}\"");

        // Another reader of the same panti, nothing changed: the same bytes, and no view from the silo.
        var received = views.ViewsReceived;
        var again = await world.As("pimpinan").GetAsync(Url);
        (await again.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
        again.Headers.ETag.ShouldBe(first.Headers.ETag);
        views.ViewsReceived.ShouldBe(received);

        // KK6 and RV4: a new urgent KK is a new build, read once and then served as bytes again.
        var kk = await Sessions.PlanUrgentAsync(world);
        await Poll.Until(async () => JsonSerializer.Deserialize<ScheduleView>(await staf.GetByteArrayAsync(Url),
            HttpApi.Json)!
            .Entries.Any(e => e.Kind == ScheduleEntryKind.Conference && e.Id == kk), TimeSpan.FromSeconds(30),
                "the new KK on the schedule");
        var changed = await staf.GetByteArrayAsync(Url);
        changed.ShouldNotBe(bytes);
        received = views.ViewsReceived;
        (await staf.GetByteArrayAsync(Url)).ShouldBe(changed);
        views.ViewsReceived.ShouldBe(received);
    }

    [Fact]
    public async Task Issue09_another_pantis_staff_never_get_the_bytes_this_gateway_holds_for_the_demo_panti()
    {
        await Poll.Until(async () => (await world.As("staf").GetStringAsync(Url)).Contains("Slamet Riyadi",
            StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the demo panti's client in its schedule");
        var foreign = await world.As(GatewayWorld.Foreign).GetStringAsync(Url);
        foreign.ShouldNotContain("Slamet");
    }
}
