using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CaseConference.Gateway.Tests.Contract;

/// <summary>
/// Issue 7, the API contract: a body that is not JSON is refused as such (415 problem naming
/// application/json), not as a missing route (it used to lose to the web app's fallback and answer 404).
/// </summary>
public sealed class UnsupportedMediaTypeTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task Contract_a_non_json_body_to_a_json_endpoint_is_a_415_naming_application_json(string? contentType)
    {
        var body = new StringContent("{\"name\":\"Budi\",\"where\":\"Pasar Senen\"}", Encoding.UTF8);
        body.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        var before = await world.As("peksos").GetStringAsync("/api/v1/clients");

        var response = await world.As("peksos").PostAsync("/api/v1/clients", body);

        var problem = await response.Problem(HttpStatusCode.UnsupportedMediaType);
        problem.Code().ShouldBe("unsupported_media_type");
        problem["expected"]!.GetValue<string>().ShouldBe("application/json");
        problem["detail"]!.GetValue<string>().ShouldContain("application/json");
        problem["instance"]!.GetValue<string>().ShouldBe("/api/v1/clients");
        (await world.As("peksos").GetStringAsync("/api/v1/clients")).ShouldBe(before);
    }

    [Fact]
    public async Task Contract_a_text_body_to_a_kk_command_is_a_415_and_an_unknown_api_route_still_a_404()
    {
        var text = new StringContent("Rapat dibuka.", Encoding.UTF8, "text/plain");
        var command = await world.As("sekretaris").PostAsync($"/api/v1/conferences/{Guid.NewGuid()}/minutes", text);
        (await command.Problem(HttpStatusCode.UnsupportedMediaType)).Code().ShouldBe("unsupported_media_type");

        var unknown = await world.As("sekretaris").PostAsync("/api/v1/no-such-thing",
            new StringContent("x", Encoding.UTF8, "text/plain"));
        (await unknown.Problem(HttpStatusCode.NotFound)).Code().ShouldBe("not_found");
    }

    [Fact]
    public async Task Contract_the_document_lists_415_on_every_operation_that_reads_a_body()
    {
        var document =
            System.Text.Json.Nodes.JsonNode.Parse(await world.Anonymous().GetStringAsync("/openapi/v1.json"))!;
        var withBody = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject())
            .Where(o => o.Value!["requestBody"] is not null).ToList();
        withBody.Count.ShouldBeGreaterThan(30);
        withBody.ShouldAllBe(o => o.Value!["responses"]!["415"]!["content"]!["application/problem+json"] != null);
        withBody.ShouldAllBe(o => o.Value!["responses"]!["413"]!["content"]!["application/problem+json"] != null);
    }
}
