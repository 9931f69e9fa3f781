using System.Net;
using System.Net.Http.Headers;
using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Commands;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.Auth;

/// <summary>Cookie sign-in with antiforgery for browsers, revocable bearer tokens for scripts.</summary>
public sealed class SignInTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task The_session_cookie_is_HttpOnly_and_SameSite_Strict_and_sign_out_ends_it()
    {
        var browser = Browser();
        var signIn = await browser.Post("/api/v1/auth/sign-in",
            new { pantiCode = GatewayWorld.PantiCode, userName = "sekretaris", password = DemoSeed.Password });
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookie = signIn.Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("caseconference=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
        (await browser.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await browser.SendWithAntiforgery(HttpMethod.Post, "/api/v1/auth/sign-out");
        (await browser.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_cookie_request_that_changes_state_needs_the_antiforgery_token()
    {
        var browser = Browser();
        (await browser.Post("/api/v1/auth/sign-in", new { pantiCode = GatewayWorld.PantiCode, userName = "peksos",
            password = DemoSeed.Password })).EnsureSuccessStatusCode();

        var forged = await browser.Post("/api/v1/clients", new { name = "Palsu", where = "Situs lain" });
        (await forged.Problem(HttpStatusCode.BadRequest)).Code().ShouldBe("antiforgery_token_invalid");

        var genuine = await browser.SendWithAntiforgery(HttpMethod.Post, "/api/v1/clients",
            new { name = "Asli", where = "Pasar" });
        genuine.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_revoked_bearer_token_stops_working_at_once()
    {
        var issued = await (await world.As("medis").Post("/api/v1/auth/tokens", new { label = "skrip" }))
            .Read<IssuedToken>();
        var script = world.Anonymous();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Token);
        (await script.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await script.DeleteAsync($"/api/v1/auth/tokens/{issued.TokenId}"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await script.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "medis.not-a-secret");
        (await script.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "garbage");
        (await script.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private HttpClient Browser() => world.Browser();
}
