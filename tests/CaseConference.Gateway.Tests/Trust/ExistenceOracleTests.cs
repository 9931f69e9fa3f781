using System.Net;
using System.Text.Json.Nodes;
using CaseConference.Contracts.Clients;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.Trust;

/// <summary>Finding 11: another panti's ids answer exactly as ids that exist nowhere.</summary>
public sealed class ExistenceOracleTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private HttpClient Foreign => world.As(GatewayWorld.Foreign);

    [Fact]
    public async Task Finding11_inviting_into_another_pantis_KK_answers_as_inviting_into_an_unknown_KK()
    {
        var theirs = await Sessions.PlanUrgentAsync(world);
        var me = (await (await Foreign.GetAsync("/api/v1/auth/me")).Read<JsonObject>())["staffId"]!.GetValue<Guid>();

        var answers = await Task.WhenAll(new[] { theirs, Guid.NewGuid() }.Select(kk =>
            Foreign.Post($"/api/v1/conferences/{kk}/participants", new { staffId = me, capacity = "Member" })));

        await SameRefusalAsync(answers[0], answers[1], HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Finding11_reading_another_pantis_client_KK_or_force_majeure_answers_as_an_unknown_one()
    {
        var prep = new Prep(world);
        var client = await prep.PlacedClientAsync();
        var kk = await Sessions.PlanUrgentAsync(world);
        var fm = await prep.ProposalAsync(client);

        foreach (var (collection, id) in new[] { ("clients", client), ("conferences", kk), ("force-majeure", fm) })
        {
            var theirs = await Foreign.GetAsync($"/api/v1/{collection}/{id}");
            var unknown = await Foreign.GetAsync($"/api/v1/{collection}/{Guid.NewGuid()}");
            await SameRefusalAsync(theirs, unknown, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Finding11_creating_with_another_pantis_id_answers_as_creating_with_a_fresh_id()
    {
        var theirs = await new Prep(world).ClientAsync();

        foreach (var id in new[] { theirs, Guid.NewGuid() })
        {
            var created = await Foreign.Post("/api/v1/clients", new { id, name = "Tamu", where = "Stasiun Senen" });
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            (await created.Read<OpenedClient>()).Id.ShouldNotBe(theirs);
        }

        (await world.As("pimpinan").GetAsync($"/api/v1/clients/{theirs}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Status, code, title and detail alike; only the instance (the request path) differs.</summary>
    private static async Task SameRefusalAsync(HttpResponseMessage theirs, HttpResponseMessage unknown,
        HttpStatusCode status)
    {
        var (a, b) = (await theirs.Problem(status), await unknown.Problem(status));
        foreach (var field in new[] { "code", "title", "detail", "type" })
        {
            a[field]?.ToJsonString().ShouldBe(b[field]?.ToJsonString(), field);
        }
    }
}
