using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseConference.Load.Seeding;

/// <summary>The gateway's HTTP API as a script uses it: bearer tokens, JSON bodies, ETags.</summary>
public sealed class Api(Uri baseAddress) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public sealed record Answer(int Status, JsonNode? Body, string? ETag, int Bytes)
    {
        public bool Ok => Status is >= 200 and < 300;
    }

    public async Task<Answer> SendAsync(HttpMethod method, string path, string? token,
        object? body = null, string? ifMatch = null,
        CancellationToken cancel = default)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request, cancel);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancel);
        JsonNode? json = null;
        if (bytes.Length > 0
            && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
        {
            json = JsonNode.Parse(bytes);
        }

        return new Answer((int)response.StatusCode, json, response.Headers.ETag?.Tag, bytes.Length);
    }

    /// <summary>A seeding step that must succeed.</summary>
    public async Task<Answer> MustAsync(HttpMethod method, string path, string? token,
        object? body = null, string? ifMatch = null)
    {
        var answer = await SendAsync(method, path, token, body, ifMatch);
        return answer.Ok ? answer
            : throw new InvalidOperationException($"{method} {path}: {answer.Status} {answer.Body?.ToJsonString()}");
    }

    /// <summary>A raw request for the timed paths (no JSON parsing on the clock).</summary>
    public Task<HttpResponseMessage> RawAsync(HttpRequestMessage request, CancellationToken cancel = default) =>
        http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancel);

    public void Dispose() => http.Dispose();
}
