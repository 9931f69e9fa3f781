using System.Net.Http.Json;
using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Features.Accounts;
using CaseConference.Gateway.Tests.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseConference.Gateway.Tests.Auth;

/// <summary>A browser: cookies kept, changes sent with the antiforgery token; and fresh people to sign in as.</summary>
public static class Browsers
{
    public const string NewPassword = "Kopi-tubruk-pagi-7";

    public static HttpClient Browser(this GatewayWorld world, GatewayFactory? gateway = null) =>
        (gateway ?? world.Gateway).CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

    public static async Task<HttpResponseMessage> SendWithAntiforgery(this HttpClient browser, HttpMethod method,
        string url, object? body = null)
    {
        var token = await (await browser.GetAsync("/api/v1/auth/antiforgery"))
            .Read<AccountEndpoints.AntiforgeryToken>();
        using var request = new HttpRequestMessage(method,
            url) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: HttpApi.Json) };
        request.Headers.Add(token.HeaderName, token.Token);
        return await browser.SendAsync(request);
    }

    /// <summary>A new staff member with an account, as the pimpinan hands it over: a one-time password.</summary>
    public static async Task<OneTimePassword> NewPersonAsync(this GatewayWorld world)
    {
        var staff = await new Prep(world).StaffAsync();
        var userName = $"orang-{Guid.NewGuid():N}"[..20];
        return await (await world.As("pimpinan").Post($"/api/v1/panti/staff/{staff}/account", new { userName }))
            .Read<OneTimePassword>();
    }

    /// <summary>
    /// A new staff member who has signed in and changed the one-time password to <see cref="NewPassword"/>.
    /// </summary>
    public static async Task<(OneTimePassword Person, HttpClient Browser)> SignedInPersonAsync(this GatewayWorld world,
        GatewayFactory? gateway = null)
    {
        var person = await world.NewPersonAsync();
        var browser = world.Browser(gateway);
        (await browser.Post("/api/v1/auth/sign-in", new { pantiCode = GatewayWorld.PantiCode,
            userName = person.UserName, password = person.Password })).EnsureSuccessStatusCode();
        (await browser.SendWithAntiforgery(HttpMethod.Put, "/api/v1/auth/password",
            new { currentPassword = person.Password, newPassword = NewPassword })).EnsureSuccessStatusCode();
        return (person, browser);
    }
}
