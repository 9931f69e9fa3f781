using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace CaseConference.Gateway.Tests.Web;

/// <summary>
/// The gateway serves the built browser app: hashed assets cached, index.html for app routes, API paths untouched.
/// </summary>
public sealed class WebAppHostingTests(GatewayWorld world) : IClassFixture<GatewayWorld>, IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("caseconf-web-").FullName;

    [Fact]
    public async Task App_routes_get_index_html_and_hashed_assets_are_cached_for_a_year()
    {
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        await File.WriteAllTextAsync(Path.Combine(root, "index.html"), "<!doctype html><title>KK</title>");
        await File.WriteAllTextAsync(Path.Combine(root, "assets", "index-abc123.js"), "console.log(1)");
        using var gateway = world.Gateway.WithWebHostBuilder(b => b.UseSetting("Web:Root", root));
        var http = gateway.CreateClient();

        foreach (var path in new[] { "/", "/kk", "/kk/3f2504e0-4f89-11d3-9a0c-0305e82c3301/persiapan" })
        {
            var page = await http.GetAsync(path);
            page.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            (await page.Content.ReadAsStringAsync()).ShouldContain("<title>KK</title>");
            page.Headers.CacheControl!.NoCache.ShouldBeTrue(path);
        }

        var asset = await http.GetAsync("/assets/index-abc123.js");
        asset.StatusCode.ShouldBe(HttpStatusCode.OK);
        asset.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        asset.Headers.CacheControl.ToString().ShouldContain("immutable");

        (await http.GetAsync("/api/v1/no-such-thing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await http.GetAsync("/hubs/nothing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await http.GetAsync("/assets/missing-1.js")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_a_built_app_its_paths_answer_404()
    {
        using var gateway =
            world.Gateway.WithWebHostBuilder(b => b.UseSetting("Web:Root", Path.Combine(root, "missing")));
        (await gateway.CreateClient().GetAsync("/kk")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
