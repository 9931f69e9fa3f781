using System.Net;
using System.Net.Http.Headers;
using CaseConference.Gateway.Infrastructure;

namespace CaseConference.Gateway.Tests.Operations;

/// <summary>Issue 9, operations: the Orleans Dashboard only for the operators named in configuration.</summary>
public sealed class OperatorDashboardTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Issue9_the_dashboard_is_for_operators_only()
    {
        await using var gateway = new GatewayFactory(world.Cluster, new Dictionary<string, string>
        {
            ["Operations:Dashboard"] = "true",
            // Finding 11: an operator is an account, panti code and user name.
            ["Operations:Operators:0"] = $"{GatewayWorld.PantiCode}:pimpinan",
        });

        (await gateway.CreateClient().GetAsync(OperatorDashboard.Path))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await As(gateway, "staf").GetAsync(OperatorDashboard.Path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await As(gateway, GatewayWorld.Foreign).GetAsync(OperatorDashboard.Path))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // The dashboard redirects its root to "…/"; HttpClient drops the bearer token on a redirect, a browser's cookie
        // stays.
        var page = await As(gateway, "pimpinan").GetAsync(OperatorDashboard.Path + "/");
        page.StatusCode.ShouldBe(HttpStatusCode.OK, await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Issue9_without_the_setting_there_is_no_dashboard()
    {
        var response = await world.As("pimpinan").GetAsync(OperatorDashboard.Path);
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Orleans Dashboard");
    }

    private HttpClient As(GatewayFactory gateway, string role)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", world.TokenOf(role));
        return client;
    }
}
