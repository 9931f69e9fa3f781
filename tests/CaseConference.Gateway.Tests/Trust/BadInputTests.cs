using System.Net;
using System.Text;
using CaseConference.Contracts.Conferences;
using CaseConference.Gateway.Features.Clients;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.Trust;

/// <summary>Bad input is always a 4xx problem naming what is wrong, never a 5xx, and changes nothing.</summary>
public sealed class BadInputTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private HttpClient Peksos => world.As("peksos");

    [Fact]
    public async Task Malformed_json_is_a_400_problem_and_creates_nothing()
    {
        var before = await ClientCountAsync();
        var response = await Peksos.PostAsync("/api/v1/clients",
            new StringContent("{ \"name\": \"Budi\", ", Encoding.UTF8, "application/json"));
        (await response.Problem(HttpStatusCode.BadRequest)).Code().ShouldBe("malformed_body");
        (await ClientCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_wrong_type_is_a_400_problem_naming_the_field()
    {
        var response = await Peksos.PostAsync("/api/v1/clients", Json("{\"name\": 5, \"where\": \"Pasar\"}"));
        (await response.Problem(HttpStatusCode.BadRequest)).Fields().ShouldBe(["name"]);

        var client = await new Prep(world).ClientAsync();
        var stage = await Peksos.PostAsync($"/api/v1/clients/{client}/stage",
            Json("{\"to\": \"Nowhere\", \"why\": \"x\"}"));
        (await stage.Problem(HttpStatusCode.BadRequest)).Fields().ShouldBe(["to"]);
    }

    [Fact]
    public async Task Missing_and_oversized_fields_are_a_422_problem_naming_each_field()
    {
        var before = await ClientCountAsync();
        var missing = await Peksos.PostAsync("/api/v1/clients", Json("{}"));
        (await missing.Problem(HttpStatusCode.UnprocessableEntity)).Fields().Order().ShouldBe(["name", "where"]);

        var oversized = await Peksos.Post("/api/v1/clients", new { name = new string('a', 5000), where = "Pasar" });
        (await oversized.Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldBe(["name"]);
        (await ClientCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_oversized_body_or_a_missing_body_is_refused_before_anything_runs()
    {
        var huge = await Peksos.Post("/api/v1/clients", new { name = "Budi", where = new string('x', 300_000) });
        (await huge.Problem(HttpStatusCode.RequestEntityTooLarge)).Code().ShouldBe("body_too_large");

        var empty = await Peksos.PostAsync("/api/v1/clients", new StringContent("", Encoding.UTF8, "application/json"));
        await empty.Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_decision_without_its_type_or_its_parts_is_a_4xx_problem()
    {
        var prep = new Prep(world);
        var (kk, item) = await prep.KkWithItemAsync(await prep.ClientAsync(), open: true);
        var secretary = world.As("sekretaris");
        var untyped = await secretary.PostAsync($"/api/v1/conferences/{kk}/decisions",
            Json($"{{\"itemId\": \"{item}\", \"decision\": {{\"reason\": \"x\"}}}}"));
        (await untyped.Problem(HttpStatusCode.BadRequest)).Code().ShouldBe("malformed_body");

        var partial = await secretary.PostAsync($"/api/v1/conferences/{kk}/decisions",
            Json($"{{\"itemId\": \"{item}\", \"decision\": {{\"type\": \"PlaceInProgramme\"}}}}"));
        (await partial.Problem(HttpStatusCode.UnprocessableEntity)).Fields().Order()
            .ShouldBe(["decision.firstFormulation", "decision.hypothesis"]);
        (await Sessions.SnapshotAsync(world, kk)).Conference.Decisions.ShouldBeEmpty();
    }

    [Fact]
    public async Task TN1_unknown_and_foreign_ids_answer_404_alike()
    {
        var client = await new Prep(world).ClientAsync();
        var unknown = await (await Peksos.GetAsync($"/api/v1/clients/{Guid.NewGuid()}"))
            .Problem(HttpStatusCode.NotFound);
        var foreign = await (await world.As(GatewayWorld.Foreign).GetAsync($"/api/v1/clients/{client}"))
            .Problem(HttpStatusCode.NotFound);
        foreign.Code().ShouldBe(unknown.Code());
        foreign["detail"]!.GetValue<string>().ShouldBe(unknown["detail"]!.GetValue<string>());
        // instance echoes the path the caller sent (finding 13); the rest must not name the client.
        foreign.Remove("instance");
        foreign.ToJsonString().ShouldNotContain(client.ToString());

        (await world.As(GatewayWorld.Foreign).Post($"/api/v1/clients/{client}/stage",
            new { to = "Candidate", why = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Peksos.GetAsync("/api/v1/clients/not-a-guid")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stale_or_missing_ETags_are_refused_and_change_nothing()
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        var stale = await Sessions.ETagAsync(world, kk);
        var secretary = world.As("sekretaris");
        (await secretary.Put($"/api/v1/conferences/{kk}/attendance/{GatewayWorld.StaffId("medis")}",
            new { mode = "Present" }, stale)).EnsureSuccessStatusCode();

        var again = await secretary.Put($"/api/v1/conferences/{kk}/attendance/{GatewayWorld.StaffId("psikolog")}",
            new { mode = "Present" }, stale);
        (await again.Problem(HttpStatusCode.PreconditionFailed)).Code().ShouldBe("stale_etag");
        var none = await secretary.Put($"/api/v1/conferences/{kk}/attendance/{GatewayWorld.StaffId("psikolog")}",
            new { mode = "Present" });
        (await none.Problem(HttpStatusCode.PreconditionRequired)).Code().ShouldBe("if_match_required");
        (await Sessions.SnapshotAsync(world, kk)).Conference.Attendance.Select(a => a.StaffId)
            .ShouldBe([GatewayWorld.StaffId("medis")]);

        var settings = await world.As("pimpinan").GetAsync("/api/v1/panti/settings");
        var etag = settings.Headers.ETag!.Tag;
        (await world.As("pimpinan").Put("/api/v1/panti/settings", new { policy = new { reviewDueSoonDays = 20 } },
            etag)).EnsureSuccessStatusCode();
        var lost = await world.As("pimpinan").Put("/api/v1/panti/settings",
            new { policy = new { reviewDueSoonDays = 30 } }, etag);
        (await lost.Problem(HttpStatusCode.PreconditionFailed)).Code().ShouldBe("stale_etag");
    }

    [Fact]
    public async Task Replayed_requests_are_refused_and_recorded_once()
    {
        var id = Guid.NewGuid();
        (await Peksos.Post("/api/v1/clients", new { id, name = "Sekali", where = "Pasar" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await (await Peksos.Post("/api/v1/clients", new { id, name = "Sekali", where = "Pasar" }))
            .Problem(HttpStatusCode.Conflict)).Code().ShouldBe("client_exists");

        var kk = await Sessions.InSessionAsync(world);
        var etag = await Sessions.ETagAsync(world, kk);
        var secretary = world.As("sekretaris");
        (await secretary.Post($"/api/v1/conferences/{kk}/minutes", new { text = "Sekali saja." }, etag))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await (await secretary.Post($"/api/v1/conferences/{kk}/minutes", new { text = "Sekali saja." }, etag))
            .Problem(HttpStatusCode.PreconditionFailed)).Code().ShouldBe("stale_etag");
        (await Sessions.SnapshotAsync(world, kk)).Conference.Minutes.Count.ShouldBe(1);

        var urgent = new { id = Guid.NewGuid(), start = DateTimeOffset.UtcNow.AddDays(1), reason = "Ulang." };
        (await world.As("pimpinan").Post("/api/v1/conferences/urgent", urgent))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var snapshot = await (await world.As("pimpinan").Post("/api/v1/conferences/urgent", urgent))
            .Problem(HttpStatusCode.Conflict);
        snapshot.Code().ShouldBe("conference_exists");
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private async Task<int> ClientCountAsync() =>
        (await (await world.As("pimpinan").GetAsync("/api/v1/clients")).Read<ListClients.ClientPage>()).Total;
}
