using System.Net;
using CaseConference.Contracts.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseConference.Gateway.Tests.Trust;

/// <summary>Finding 14: browser protections on every answer, no cached API answer, no secret in any log line.</summary>
public sealed class SecurityHeadersTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private static readonly string[] Paths =
        ["/api/v1/clients", "/api/v1/no-such-thing", "/api/v1/calendar/nobody.nothing.ics", "/health/live", "/kk",
            "/openapi/v1.json"];

    [Fact]
    public async Task Finding14_every_response_has_security_headers()
    {
        var staff = world.As("pimpinan");
        foreach (var path in Paths)
        {
            var response = await staff.GetAsync(path);
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"], path);
            response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"], path);
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            policy.ShouldContain("frame-ancestors 'none'", Case.Sensitive, path);
            policy.ShouldContain("default-src 'self'", Case.Sensitive, path);
            policy.ShouldNotContain("unsafe", Case.Sensitive, path);
        }

        var anonymousRefusal = await world.Anonymous().GetAsync("/api/v1/clients");
        anonymousRefusal.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        anonymousRefusal.Headers.Contains("Content-Security-Policy").ShouldBeTrue();

        // The API reference page is the one exception to the strict policy, and still cannot be framed.
        var reference = (await world.Anonymous().GetAsync("/api/reference"))
            .Headers.GetValues("Content-Security-Policy").Single();
        reference.ShouldContain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task Finding14_api_answers_are_not_cacheable()
    {
        var staff = world.As("pimpinan");
        var clients = await staff.GetAsync("/api/v1/clients");
        clients.StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var path in new[] { "/api/v1/clients", "/api/v1/no-such-thing",
            "/api/v1/calendar/nobody.nothing.ics" })
        {
            (await staff.GetAsync(path)).Headers.CacheControl!.NoStore.ShouldBeTrue(path);
        }

        var root = Directory.CreateTempSubdirectory("caseconf-web-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "assets"));
            await File.WriteAllTextAsync(Path.Combine(root, "index.html"), "<!doctype html><title>KK</title>");
            await File.WriteAllTextAsync(Path.Combine(root, "assets", "index-abc123.js"), "console.log(1)");
            using var gateway = world.Gateway.WithWebHostBuilder(b => b.UseSetting("Web:Root", root));
            var asset = await gateway.CreateClient().GetAsync("/assets/index-abc123.js");
            asset.Headers.CacheControl!.NoStore.ShouldBeFalse();
            asset.Headers.CacheControl.ToString().ShouldContain("immutable");
            asset.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Finding14_calendar_token_never_logged()
    {
        var capture = new CapturingLoggerProvider();
        using var gateway = world.Gateway.WithWebHostBuilder(b => b
            .UseSetting("Logging:LogLevel:Default", "Trace")
            .UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace")
            .ConfigureServices(s => s.AddSingleton<ILoggerProvider>(capture)));
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", world.TokenOf("peksos"));
        var token = (await (await client.Post("/api/v1/auth/calendar-token", new { label = "log test" }))
            .Read<IssuedToken>()).Token;
        var secret = token[(token.LastIndexOf('.') + 1)..];
        var wrong = token[..(token.LastIndexOf('.') + 1)] + "wrong" + secret;

        (await client.GetAsync($"/api/v1/calendar/{token}.ics")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/api/v1/calendar/{wrong}.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostAsync($"/api/v1/calendar/{token}.ics", null)).IsSuccessStatusCode.ShouldBeFalse();

        capture.Lines.ShouldContain(l =>
            l.Contains("/api/v1/calendar/***", StringComparison.Ordinal), "the redacted request line is written");
        capture.Lines.ShouldNotContain(l => l.Contains(secret, StringComparison.Ordinal));
    }
}
