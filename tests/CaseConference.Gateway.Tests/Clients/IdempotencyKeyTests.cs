using System.Net;
using CaseConference.Contracts.Clients;
using CaseConference.Domain.Clients;

namespace CaseConference.Gateway.Tests.Clients;

/// <summary>
/// Issue 9: client changes answer a retry with the same Idempotency-Key as they answered the first request.
/// </summary>
public sealed class IdempotencyKeyTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Issue09_retried_open_client_with_same_key_answers_the_same_client_and_opens_one()
    {
        var peksos = world.As("peksos");
        var name = $"Klien {Guid.NewGuid():N}"[..20];
        var body = new { name, where = "Terminal Kampung Rambutan" };

        var first = await peksos.SendAsync(HttpMethod.Post, "/api/v1/clients", body, "jangkau-1");
        first.Status.ShouldBe(HttpStatusCode.Created, first.Body);
        await Idempotency.RestartGrainsAsync(world);
        (await peksos.SendAsync(HttpMethod.Post, "/api/v1/clients", body, "jangkau-1")).ShouldBe(first);

        var found = await (await peksos.GetAsync($"/api/v1/clients?search={Uri.EscapeDataString(name)}"))
            .Content.ReadAsStringAsync();
        System.Text.Json.Nodes.JsonNode.Parse(found)!["total"]!.GetValue<int>().ShouldBe(1, found);
        await (await peksos.Send(HttpMethod.Post, "/api/v1/clients", body with { where = "Pasar Senen" }, null,
            "jangkau-1")).ShouldBeKeyReusedAsync();
    }

    [Fact]
    public async Task Issue09_retried_stage_move_with_same_key_answers_the_first_answer()
    {
        var client = await new Authorization.Prep(world).ClientAsync();
        var peksos = world.As("peksos");
        var url = $"/api/v1/clients/{client}/stage";
        var body = new { to = nameof(ClientStage.Candidate), why = "Sudah dimotivasi." };

        var first = await peksos.SendAsync(HttpMethod.Post, url, body, "tahap-1");
        first.Status.ShouldBe(HttpStatusCode.NoContent, first.Body);
        await Idempotency.RestartGrainsAsync(world);
        // Without the key the same move is refused now (the client is there already); with it, the first answer.
        (await peksos.SendAsync(HttpMethod.Post, url, body, "tahap-1")).ShouldBe(first);
        await (await peksos.Send(HttpMethod.Post, url, body with { why = "Lain." }, null, "tahap-1"))
            .ShouldBeKeyReusedAsync();
    }
}
