using System.Net;

namespace CaseConference.Gateway.Tests.Conferences;

/// <summary>
/// Finding 5: If-Match on a KK is compared by the grain in the turn that makes the change, so of
/// two changes sent at once with one ETag exactly one lands.
/// </summary>
public sealed class IfMatchTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Finding05_simultaneous_changes_with_one_etag_never_both_accepted()
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        var first = await Sessions.SnapshotAsync(world, kk);
        var etag = await Sessions.ETagAsync(world, kk);
        var secretary = world.As("sekretaris");
        string Url(string role) => $"/api/v1/conferences/{kk}/attendance/{GatewayWorld.StaffId(role)}";

        for (var pair = 0; pair < 50; pair++)
        {
            var answers = await Task.WhenAll(
                secretary.Put(Url("medis"), new { mode = "Present" }, etag),
                secretary.Put(Url("psikolog"), new { mode = "Present" }, etag));

            var accepted = answers.Single(a => a.StatusCode == HttpStatusCode.NoContent);
            (await answers.Single(a => a != accepted).Problem(HttpStatusCode.PreconditionFailed)).Code()
                .ShouldBe("stale_etag");
            accepted.Headers.ETag!.Tag.ShouldNotBe(etag);
            etag = accepted.Headers.ETag.Tag;
        }

        var last = await Sessions.SnapshotAsync(world, kk);
        last.Version.ShouldBe(first.Version + 50);
        etag.ShouldBe($"\"{last.Version}\"");
    }

    [Fact]
    public async Task Finding05_a_foreign_kk_answers_404_whatever_its_if_match()
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        var url = $"/api/v1/conferences/{kk}/attendance/{GatewayWorld.StaffId("medis")}";
        var foreign = world.As(GatewayWorld.Foreign);
        foreach (var ifMatch in new string?[] { "\"0\"", await Sessions.ETagAsync(world, kk), "*", null })
        {
            (await (await foreign.Put(url, new { mode = "Present" }, ifMatch)).Problem(HttpStatusCode.NotFound)).Code()
                .ShouldBe("conference_not_found");
        }
    }

    [Fact]
    public async Task Finding05_a_change_answers_the_etag_a_read_would_give()
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        var answer = await world.As("sekretaris").Put(
            $"/api/v1/conferences/{kk}/attendance/{GatewayWorld.StaffId("medis")}", new { mode = "Present" }, "*");
        answer.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        answer.Headers.ETag!.Tag.ShouldBe(await Sessions.ETagAsync(world, kk));
    }
}
