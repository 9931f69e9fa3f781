using System.Net;
using System.Net.Http.Headers;
using CaseConference.Contracts.Accounts;

namespace CaseConference.Gateway.Tests.Auth;

/// <summary>
/// Issue 9 with finding 6: gateways remember token checks, and a revocation still counts everywhere at once.
/// </summary>
public sealed class TokenCheckTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Issue09_a_token_revoked_through_one_gateway_is_refused_by_another_on_the_next_request()
    {
        var issued = await (await world.As("medis").Post("/api/v1/auth/tokens", new { label = "skrip" }))
            .Read<IssuedToken>();
        var there = world.SecondGateway().CreateClient();
        there.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Token);
        for (var i = 0; i < 3; i++)
        {
            (await there.GetAsync("/api/v1/auth/me"))
                .StatusCode.ShouldBe(HttpStatusCode.OK); // remembered after the first
        }

        (await world.As("medis").DeleteAsync($"/api/v1/auth/tokens/{issued.TokenId}"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await there.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Issue09_a_deactivated_accounts_token_is_refused_by_every_gateway_at_once()
    {
        var (person, browser) = await world.SignedInPersonAsync();
        var token = await (await browser.SendWithAntiforgery(HttpMethod.Post, "/api/v1/auth/tokens",
            new { label = "skrip" })).Read<IssuedToken>();
        var there = world.SecondGateway().CreateClient();
        there.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        (await there.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await world.As("pimpinan").Post($"/api/v1/panti/staff/{person.StaffId}/account/deactivation"))
            .IsSuccessStatusCode.ShouldBeTrue();

        (await there.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
