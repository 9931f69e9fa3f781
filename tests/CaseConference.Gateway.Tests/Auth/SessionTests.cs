using System.Net;
using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Reviews;
using Microsoft.AspNetCore.SignalR.Client;

namespace CaseConference.Gateway.Tests.Auth;

/// <summary>
/// Finding 6: sessions live on the server, and ending one ends it everywhere, hub connections included.
/// </summary>
public sealed class SessionTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private static readonly TimeSpan Seconds = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Finding06_sign_out_ends_the_cookie_session_everywhere()
    {
        var (_, browser) = await world.SignedInPersonAsync();
        var cookie = await CookieOf(browser);
        var replayHere = Replaying(world.Gateway, cookie);
        var replayThere = Replaying(world.SecondGateway(), cookie);
        (await replayThere.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await browser.SendWithAntiforgery(HttpMethod.Post, "/api/v1/auth/sign-out"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await replayHere.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await Poll.Until(async () => (await replayThere.GetAsync("/api/v1/auth/me"))
            .StatusCode == HttpStatusCode.Unauthorized,
            Seconds, "the other gateway to refuse the signed-out cookie");
    }

    [Fact]
    public async Task Finding06_revoked_token_hub_connection_is_closed_and_cannot_join()
    {
        var issued = await (await world.As("peksos").Post("/api/v1/auth/tokens", new { label = "layar" }))
            .Read<IssuedToken>();
        await using var live = await Participant.ConnectWithTokenAsync(world.Gateway, issued.Token, "/hubs/schedule");
        await live.Connection.InvokeAsync<ScheduleView>("Join");

        (await world.As("peksos").DeleteAsync($"/api/v1/auth/tokens/{issued.TokenId}"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await Poll.Until(() => live.Connection.State == HubConnectionState.Disconnected, Seconds,
            "the revoked token's connection to close");
        await Should.ThrowAsync<Exception>(() => live.Connection.InvokeAsync<ScheduleView>("Join"));
        await Should.ThrowAsync<HttpRequestException>(() => Participant.ConnectWithTokenAsync(world.Gateway,
            issued.Token, "/hubs/schedule"));
    }

    [Fact]
    public async Task Finding06_a_token_revoked_through_one_gateway_closes_its_hub_connection_on_another()
    {
        var issued = await (await world.As("psikolog").Post("/api/v1/auth/tokens", new { label = "layar" }))
            .Read<IssuedToken>();
        await using var live = await Participant.ConnectWithTokenAsync(world.SecondGateway(), issued.Token,
            "/hubs/schedule");
        await live.Connection.InvokeAsync<ScheduleView>("Join");

        (await world.As("psikolog").DeleteAsync($"/api/v1/auth/tokens/{issued.TokenId}"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await Poll.Until(() => live.Connection.State == HubConnectionState.Disconnected, Seconds,
            "the other gateway to close the connection");
    }

    [Fact]
    public async Task Finding06_a_deactivated_account_is_signed_out_everywhere_hub_connections_included()
    {
        var (person, browser) = await world.SignedInPersonAsync();
        var token = await (await browser.SendWithAntiforgery(HttpMethod.Post, "/api/v1/auth/tokens",
            new { label = "layar" })).Read<IssuedToken>();
        var replayThere = Replaying(world.SecondGateway(), await CookieOf(browser));
        await using var live = await Participant.ConnectWithTokenAsync(world.Gateway, token.Token, "/hubs/schedule");
        await live.Connection.InvokeAsync<ScheduleView>("Join");

        (await world.As("pimpinan").Post($"/api/v1/panti/staff/{person.StaffId}/account/deactivation"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await browser.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await Poll.Until(() => live.Connection.State == HubConnectionState.Disconnected, Seconds,
            "the deactivated account's connection to close");
        await Poll.Until(async () => (await replayThere.GetAsync("/api/v1/auth/me"))
            .StatusCode == HttpStatusCode.Unauthorized,
            Seconds, "the other gateway to refuse the deactivated account's cookie");
    }

    [Fact]
    public async Task Finding06_a_password_change_ends_the_other_sessions_and_keeps_this_one()
    {
        var (person, browser) = await world.SignedInPersonAsync();
        var other = world.Browser();
        (await other.Post("/api/v1/auth/sign-in", new { pantiCode = GatewayWorld.PantiCode, userName = person.UserName,
            password = Browsers.NewPassword })).EnsureSuccessStatusCode();

        (await browser.SendWithAntiforgery(HttpMethod.Put, "/api/v1/auth/password",
            new { currentPassword = Browsers.NewPassword, newPassword = "Nasi-uduk-siang-3" }))
                .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await browser.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await other.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Finding06_a_password_reset_ends_every_session_of_the_account()
    {
        var (person, browser) = await world.SignedInPersonAsync();
        (await world.As("pimpinan").Post($"/api/v1/panti/staff/{person.StaffId}/account/password-reset"))
            .EnsureSuccessStatusCode();
        (await browser.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>The session cookie as an attacker who copied it would send it, from anywhere.</summary>
    private static async Task<string> CookieOf(HttpClient browser)
    {
        var response = await browser.GetAsync("/api/v1/auth/me");
        var header = response.RequestMessage!.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values)
            : "";
        return header.Split("; ").Single(c => c.StartsWith("caseconference=", StringComparison.Ordinal));
    }

    private static HttpClient Replaying(GatewayFactory gateway, string cookie)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
