using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CaseConference.Gateway.Tests.Trust;

/// <summary>
/// Finding 13: every refusal is RFC 9457 problem JSON with type, instance and code, whatever the
/// Accept header. Kestrel's own 431 and connection-level 400 never reach the test server (it has
/// no header limits); they are answered before the pipeline runs, so only what the pipeline
/// answers is proved here.
/// </summary>
public sealed class ProblemAnswersTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Finding13_xml_accept_still_gets_problem_json()
    {
        foreach (var accept in new[] { "application/xml", "text/html", "image/png" })
        {
            var missing = await Send(world.As("pimpinan"), HttpMethod.Get, $"/api/v1/clients/{Guid.NewGuid()}", accept);
            Complete(await missing.Problem(HttpStatusCode.NotFound), accept);

            var malformed = await Send(world.As("pimpinan"), HttpMethod.Post, "/api/v1/clients", accept,
                "{\"name\": 5");
            Complete(await malformed.Problem(HttpStatusCode.BadRequest), accept);

            var anonymous = await Send(world.Anonymous(), HttpMethod.Get, "/api/v1/clients", accept);
            Complete(await anonymous.Problem(HttpStatusCode.Unauthorized), accept);
        }
    }

    [Fact]
    public async Task Finding13_unknown_api_route_is_a_problem()
    {
        foreach (var path in new[] { "/api/v1/no-such-thing", "/api/nothing", "/api/v1/clients/not-a-guid/more" })
        {
            var problem = await (await world.As("pimpinan").GetAsync(path)).Problem(HttpStatusCode.NotFound);
            Complete(problem, path);
            problem["instance"]!.GetValue<string>().ShouldBe(path);
            problem.Code().ShouldBe("not_found");
        }
    }

    [Fact]
    public async Task Finding13_every_refusal_has_type_and_instance()
    {
        var pimpinan = world.As("pimpinan");
        var refusals = new (HttpResponseMessage Response, HttpStatusCode Status)[]
        {
            (await world.Anonymous().GetAsync("/api/v1/clients"), HttpStatusCode.Unauthorized),
            (await world.As("staf").PostAsync("/api/v1/clients",
                Json($"{{\"id\":\"{Guid.NewGuid()}\",\"name\":\"X\",\"where\":\"Y\"}}")), HttpStatusCode.Forbidden),
            (await pimpinan.GetAsync($"/api/v1/clients/{Guid.NewGuid()}"), HttpStatusCode.NotFound),
            (await pimpinan.PostAsync("/api/v1/clients", Json("{\"name\":")), HttpStatusCode.BadRequest),
            (await pimpinan.PostAsync("/api/v1/clients", Json("{}")), HttpStatusCode.UnprocessableEntity),
            (await pimpinan.PostAsync("/api/v1/clients", Json(new string(' ', 300 * 1024))),
                HttpStatusCode.RequestEntityTooLarge),
            (await pimpinan.GetAsync("/api/v1/calendar/nobody.secret-part.ics"), HttpStatusCode.NotFound),
        };

        foreach (var (response, status) in refusals)
        {
            var problem = await response.Problem(status);
            Complete(problem, $"{status}");
            problem["instance"]!.GetValue<string>().ShouldStartWith("/api/");
            problem["instance"]!.GetValue<string>().ShouldNotContain("secret-part");
        }
    }

    private static void Complete(JsonObject problem, string because)
    {
        (problem["type"]?.GetValue<string>()).ShouldNotBeNullOrEmpty(because);
        (problem["instance"]?.GetValue<string>()).ShouldNotBeNullOrEmpty(because);
        (problem["title"]?.GetValue<string>()).ShouldNotBeNullOrEmpty(because);
        problem.Code().ShouldNotBeNullOrEmpty(because);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, string accept,
        string? body = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : Json(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await client.SendAsync(request);
    }
}
