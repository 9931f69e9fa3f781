using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseConference.Contracts;

namespace CaseConference.Gateway.Tests;

/// <summary>JSON as the API speaks it (camelCase, enums as strings), and problem responses.</summary>
public static class HttpApi
{
    public static readonly JsonSerializerOptions Json = WireSerialization.Json;

    public static async Task<T> Read<T>(this HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public static Task<HttpResponseMessage> Post(this HttpClient client, string url, object? body = null,
        string? ifMatch = null) =>
        Send(client, HttpMethod.Post, url, body, ifMatch);

    public static Task<HttpResponseMessage> Put(this HttpClient client, string url, object? body = null,
        string? ifMatch = null) =>
        Send(client, HttpMethod.Put, url, body, ifMatch);

    public static async Task<HttpResponseMessage> Send(
        this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch = null,
            string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method,
            url) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The problem body of a 4xx, checked to be RFC 9457 problem JSON.</summary>
    public static async Task<JsonObject> Problem(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var problem = JsonNode.Parse(text)!.AsObject();
        problem["status"]!.GetValue<int>().ShouldBe((int)expected);
        return problem;
    }

    public static string? Code(this JsonObject problem) => problem["code"]?.GetValue<string>();

    public static IEnumerable<string> Fields(this JsonObject problem) =>
        problem["errors"]?.AsObject().Select(e => e.Key) ?? [];
}
