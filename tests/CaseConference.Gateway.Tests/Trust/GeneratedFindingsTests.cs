using System.Net;
using System.Text;

namespace CaseConference.Gateway.Tests.Trust;

/// <summary>What the generated bad-input test (Trust/Generated) found, each kept as a plain regression test.</summary>
public sealed class GeneratedFindingsTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task An_unknown_charset_is_a_415_problem_not_a_500()
    {
        var body = new StringContent("{\"name\":\"Budi\",\"where\":\"Pasar\"}", Encoding.UTF8);
        body.Headers.Remove("Content-Type");
        body.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=nonsense");
        var response = await world.As("peksos").PostAsync("/api/v1/clients", body);
        (await response.Problem(HttpStatusCode.UnsupportedMediaType)).Code().ShouldBe("unsupported_charset");
    }

    [Fact]
    public async Task A_pre_circulation_of_int_max_hours_is_a_422_problem_not_a_500()
    {
        var pimpinan = world.As("pimpinan");
        var etag = (await pimpinan.GetAsync("/api/v1/panti/settings")).Headers.ETag!.Tag;
        var response = await pimpinan.Put("/api/v1/panti/settings",
            new { policy = new { preCirculationHours = int.MaxValue } }, etag);
        (await response.Problem(HttpStatusCode.UnprocessableEntity)).Code().ShouldBe("pre_circulation_out_of_range");
    }

    /// <summary>
    /// A refusal from a grain called downstream (the panti: no such staff member) drops the KK's
    /// activation; the reads queued behind it must reach the next activation, not inherit the refusal.
    /// </summary>
    [Fact]
    public async Task A_refused_invite_never_fails_another_persons_read_of_the_kk()
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        var failed = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            var invite = await world.As("peksos").Post($"/api/v1/conferences/{kk}/participants",
                new { staffId = Guid.NewGuid(), capacity = "InvitedStaff" });
            invite.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var read = await world.As("pimpinan").GetAsync($"/api/v1/conferences/{kk}");
            if (read.StatusCode != HttpStatusCode.OK)
            {
                failed.Add($"{(int)read.StatusCode} {await read.Content.ReadAsStringAsync()}");
            }
        }

        failed.ShouldBeEmpty();
    }
}
