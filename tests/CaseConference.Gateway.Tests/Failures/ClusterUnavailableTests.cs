using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CaseConference.Gateway.Commands;

namespace CaseConference.Gateway.Tests.Failures;

/// <summary>
/// Issue 9, failures that say what they are: with no silo left, sign-in and signed-in requests
/// are 503 problems with a stable code and Retry-After, answered in seconds, never a 500.
/// </summary>
public sealed class ClusterUnavailableTests : IAsyncLifetime
{
    private readonly GatewayWorld world = new();

    public Task InitializeAsync() => world.InitializeAsync();

    public Task DisposeAsync() => world.DisposeAsync();

    [Fact]
    public async Task Issue9_sign_in_and_requests_without_a_cluster_are_503_cluster_unavailable_with_retry_after()
    {
        var signedIn = world.As("sekretaris");
        await world.Cluster.Cluster.KillSiloAsync(world.Cluster.Cluster.Silos[0]);

        var clock = Stopwatch.StartNew();
        var signIn = await world.Anonymous().PostAsJsonAsync("/api/v1/auth/token",
            new { pantiCode = DemoSeed.PantiCode, userName = "sekretaris", password = DemoSeed.Password,
                label = "outage" });
        await ShouldBeUnavailable(signIn);
        await ShouldBeUnavailable(await signedIn.GetAsync("/api/v1/conferences"));
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
    }

    private static async Task ShouldBeUnavailable(HttpResponseMessage response)
    {
        var problem = await response.Problem(HttpStatusCode.ServiceUnavailable);
        problem.Code().ShouldBe("cluster_unavailable");
        problem["detail"]!.GetValue<string>().ShouldContain("Idempotency-Key");
        response.Headers.RetryAfter.ShouldNotBeNull();
        response.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(TimeSpan.Zero);
    }
}
