using System.Net;
using Orleans.Runtime;

namespace CaseConference.Gateway.Tests;

/// <summary>Issue 9: a change sent twice with one Idempotency-Key, as a client retries after a lost answer.</summary>
public static class Idempotency
{
    /// <summary>What an answer is to a client: status, body and ETag.</summary>
    public sealed record Answer(HttpStatusCode Status, string Body, string? ETag);

    public static async Task<Answer> SendAsync(
        this HttpClient client, HttpMethod method, string url, object? body, string key, string? ifMatch = null)
    {
        var response = await client.Send(method, url, body, ifMatch, key);
        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.ETag?.Tag);
    }

    /// <summary>
    /// Every grain deactivated: a retry then reaches a fresh activation, as after a restart or a move.
    /// </summary>
    public static Task RestartGrainsAsync(GatewayWorld world) =>
        world.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    /// <summary>The refusal of a used key with another request: 409, naming the header.</summary>
    public static async Task ShouldBeKeyReusedAsync(this HttpResponseMessage response)
    {
        var problem = await response.Problem(HttpStatusCode.Conflict);
        problem.Code().ShouldBe("idempotency_key_reused");
        problem.Fields().ShouldBe(["Idempotency-Key"]);
    }
}
