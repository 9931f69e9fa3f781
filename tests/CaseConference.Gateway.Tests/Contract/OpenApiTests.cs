using System.Net;
using System.Text.Json.Nodes;

namespace CaseConference.Gateway.Tests.Contract;

/// <summary>The API documents itself: every operation has a summary and its problem responses.</summary>
public sealed class OpenApiTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Every_api_operation_has_a_summary_and_documented_error_responses()
    {
        var document = JsonNode.Parse(await world.Anonymous().GetStringAsync("/openapi/v1.json"))!;
        var operations = document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/v1", StringComparison.Ordinal))
            .SelectMany(p =>
                p.Value!.AsObject().Select(o => (Name: $"{o.Key.ToUpperInvariant()} {p.Key}", Operation: o.Value!)))
            .ToList();

        operations.Count.ShouldBeGreaterThan(40);
        foreach (var (name, operation) in operations)
        {
            operation["summary"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace(name);
            operation["responses"]!.AsObject().Select(r => r.Key).ShouldContain(code => code.StartsWith('4'), name);
        }

        (await world.Anonymous().GetAsync("/api/reference")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
