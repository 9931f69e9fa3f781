using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseConference.Gateway.Tests.Web;

/// <summary>
/// The web app's API client is generated from web/openapi.json (npm run gen:api), so that file
/// must be the gateway's document. When the API changes, rerun this test with
/// CASECONF_UPDATE_OPENAPI=1 to rewrite it, then `cd web && npm run gen:api`.
/// </summary>
public sealed class OpenApiDocumentTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Web_openapi_json_is_the_gateways_current_document()
    {
        var current = JsonNode.Parse(await world.Anonymous().GetStringAsync("/openapi/v1.json"))!;
        var path = Path.Combine(RepositoryRoot(), "web", "openapi.json");
        if (Environment.GetEnvironmentVariable("CASECONF_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path,
                current.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }

        var committed = JsonNode.Parse(await File.ReadAllTextAsync(path));
        JsonNode.DeepEquals(committed, current).ShouldBeTrue(
            "web/openapi.json is stale: run this test with CASECONF_UPDATE_OPENAPI=1, then `cd web && npm run gen:api`, and commit both");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CaseConference.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName
            ?? throw new InvalidOperationException("CaseConference.sln not found above " + AppContext.BaseDirectory);
    }
}
