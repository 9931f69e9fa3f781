using System.Net;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;

namespace CaseConference.Gateway.Tests.Conferences;

/// <summary>
/// Issue 9: every KK command answers a retry with the same Idempotency-Key as it answered the first request.
/// </summary>
public sealed class IdempotencyKeyTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task
        Issue09_retried_kk_command_with_same_key_answers_the_first_etag_and_changes_nothing_even_after_the_grain_restarted()
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        var pimpinan = world.As("pimpinan");
        var etag = await Sessions.ETagAsync(world, kk);
        var url = $"/api/v1/conferences/{kk}/deputy-secretary";
        var body = new { staffId = GatewayWorld.StaffId("anggota") };

        var first = await pimpinan.SendAsync(HttpMethod.Post, url, body, "wakil-1", etag);
        first.Status.ShouldBe(HttpStatusCode.NoContent, first.Body);
        // The answer was lost; the same request again, with the If-Match the first one moved past.
        (await pimpinan.SendAsync(HttpMethod.Post, url, body, "wakil-1", etag)).ShouldBe(first);
        await Idempotency.RestartGrainsAsync(world);
        (await pimpinan.SendAsync(HttpMethod.Post, url, body, "wakil-1", etag)).ShouldBe(first);
        (await Sessions.ETagAsync(world, kk)).ShouldBe(first.ETag);

        await (await pimpinan.Send(HttpMethod.Post, url, new { staffId = GatewayWorld.StaffId("medis") }, null,
            "wakil-1")).ShouldBeKeyReusedAsync();
    }

    [Fact]
    public async Task Issue09_retried_urgent_request_with_same_key_answers_the_same_kk_and_plans_one()
    {
        var pimpinan = world.As("pimpinan");
        var body = new { start = DateTimeOffset.UtcNow.AddHours(3), reason = "Klien sakit keras; perlu keputusan." };

        var first = await pimpinan.SendAsync(HttpMethod.Post, "/api/v1/conferences/urgent", body, "darurat-1");
        first.Status.ShouldBe(HttpStatusCode.Created, first.Body);
        await Idempotency.RestartGrainsAsync(world);
        (await pimpinan.SendAsync(HttpMethod.Post, "/api/v1/conferences/urgent", body, "darurat-1")).ShouldBe(first);

        var id = System.Text.Json.JsonSerializer.Deserialize<ConferenceSnapshot>(first.Body,
            HttpApi.Json)!.Conference.Id;
        List<Features.Conferences.ListConferences.Row> listed = [];
        await Poll.Until(async () =>
        {
            listed = (await (await pimpinan.GetAsync("/api/v1/conferences"))
                .Read<Features.Conferences.ListConferences.ConferencePage>()).Items;
            return listed.Any(l => l.Id == id);
        }, TimeSpan.FromSeconds(10), "the KK in the list");
        listed.Count(l => l.Start == body.start).ShouldBe(1);
        await (await pimpinan.Send(HttpMethod.Post, "/api/v1/conferences/urgent", body with { reason = "Lain." }, null,
            "darurat-1")).ShouldBeKeyReusedAsync();
    }

    [Fact]
    public async Task Issue09_retried_agenda_item_with_same_key_answers_the_same_item_and_adds_one()
    {
        var client = await new Authorization.Prep(world).ClientAsync();
        var kk = await Sessions.PlanUrgentAsync(world);
        var secretary = world.As("sekretaris");
        var etag = await Sessions.ETagAsync(world, kk);
        var body = new { clientId = client, purpose = "Other", note = "Asesmen awal." };

        var first = await secretary.SendAsync(HttpMethod.Post, $"/api/v1/conferences/{kk}/agenda", body, "agenda-1",
            etag);
        first.Status.ShouldBe(HttpStatusCode.Created, first.Body);
        await Idempotency.RestartGrainsAsync(world);
        (await secretary.SendAsync(HttpMethod.Post, $"/api/v1/conferences/{kk}/agenda", body, "agenda-1", etag))
            .ShouldBe(first);
        (await Sessions.SnapshotAsync(world, kk)).Conference.Agenda.Count(a => a.ClientId == client).ShouldBe(1);
    }

    [Fact]
    public async Task Issue09_retried_attendance_with_same_key_answers_the_first_etag()
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        var secretary = world.As("sekretaris");
        var etag = await Sessions.ETagAsync(world, kk);
        var url = $"/api/v1/conferences/{kk}/attendance/{GatewayWorld.StaffId("medis")}";

        var first = await secretary.SendAsync(HttpMethod.Put, url, new { mode = "Present" }, "hadir-1", etag);
        first.Status.ShouldBe(HttpStatusCode.NoContent, first.Body);
        (await secretary.SendAsync(HttpMethod.Put, url, new { mode = "Present" }, "hadir-1", etag)).ShouldBe(first);
        (await Sessions.SnapshotAsync(world, kk))
            .Version.ShouldBe(long.Parse(first.ETag!.Trim('"'), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Issue09_a_key_that_is_not_1_to_200_visible_ascii_characters_is_422_naming_Idempotency_Key()
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        foreach (var key in new[] { new string('k', 201), "kunci dengan spasi", "kunci-é" })
        {
            var response = await world.As("pimpinan").Send(HttpMethod.Post, $"/api/v1/conferences/{kk}/cancel",
                new { reason = "Batal." }, null, key);
            (await response.Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldBe(["Idempotency-Key"]);
        }

        (await Sessions.SnapshotAsync(world, kk)).Conference.State.ShouldBe(ConferenceState.Planned);
    }
}
