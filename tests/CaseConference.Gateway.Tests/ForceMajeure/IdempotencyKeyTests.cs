using System.Net;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.ForceMajeure;

/// <summary>
/// Issue 9: force-majeure changes answer a retry with the same Idempotency-Key as they answered the first request.
/// </summary>
public sealed class IdempotencyKeyTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Issue09_retried_proposal_and_consent_with_same_key_answer_the_first_answers_and_make_one_of_each()
    {
        var client = await new Prep(world).PlacedClientAsync();
        var peksos = world.As("peksos");
        var body = new { clientId = client, itemNumber = 1, kind = "Postpone",
            reason = "Klien dirawat di rumah sakit." };

        var proposed = await peksos.SendAsync(HttpMethod.Post, "/api/v1/force-majeure", body, "fm-1");
        proposed.Status.ShouldBe(HttpStatusCode.Created, proposed.Body);
        await Idempotency.RestartGrainsAsync(world);
        (await peksos.SendAsync(HttpMethod.Post, "/api/v1/force-majeure", body, "fm-1")).ShouldBe(proposed);
        await (await peksos.Send(HttpMethod.Post, "/api/v1/force-majeure", body with { itemNumber = 2 }, null, "fm-1"))
            .ShouldBeKeyReusedAsync();

        var fm = System.Text.Json.Nodes.JsonNode.Parse(proposed.Body)!["id"]!.GetValue<Guid>();
        var consent = new { justification = "Demi keselamatan klien." };
        var first = await peksos.SendAsync(HttpMethod.Post, $"/api/v1/force-majeure/{fm}/consents", consent,
            "setuju-1");
        first.Status.ShouldBe(HttpStatusCode.OK, first.Body);
        await Idempotency.RestartGrainsAsync(world);
        (await peksos.SendAsync(HttpMethod.Post, $"/api/v1/force-majeure/{fm}/consents", consent, "setuju-1"))
            .ShouldBe(first);
    }
}
