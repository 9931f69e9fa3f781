using System.Text;
using System.Text.Json.Nodes;

namespace CaseConference.Gateway.Tests.Trust.Generated;

/// <summary>
/// One request before it is sent: the operation's template with its path values, the query, a JSON
/// body (or raw bytes standing in for it) and the headers a mutation may spoil.
/// </summary>
public sealed record ApiRequest(HttpMethod Method, string Template, IReadOnlyDictionary<string, string> PathValues,
    JsonNode? Body)
{
    public IReadOnlyDictionary<string, string> Query { get; init; } = new Dictionary<string, string>();

    public string? IfMatch { get; init; }

    /// <summary>Sent instead of <see cref="Body"/> when set (broken JSON, other encodings).</summary>
    public byte[]? RawBody { get; init; }

    public string? ContentType { get; init; } = "application/json";

    public string? Accept { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string Url
    {
        get
        {
            var path = PathValues.Aggregate(Template,
                (url, value) => url.Replace($"{{{value.Key}}}", value.Value, StringComparison.Ordinal));
            return Query.Count == 0 ? path : $"{path}?{string.Join('&', Query.Select(q => $"{q.Key}={q.Value}"))}";
        }
    }

    public HttpRequestMessage ToMessage(string? bearer)
    {
        var message = new HttpRequestMessage(Method, Url);
        var bytes = RawBody ?? (Body is null ? null : Encoding.UTF8.GetBytes(Body.ToJsonString()));
        if (bytes is not null)
        {
            message.Content = new ByteArrayContent(bytes);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (bearer is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", $"Bearer {bearer}");
        }

        if (IfMatch is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Match", IfMatch);
        }

        if (Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", Accept);
        }

        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    /// <summary>
    /// What to paste into a bug report: the request line, the headers that matter and the body, shortened.
    /// </summary>
    public string Describe()
    {
        var body = RawBody is not null ? Encoding.UTF8.GetString(RawBody) : Body?.ToJsonString() ?? "(no body)";
        return $"{Method} {Shorten(Url)} If-Match={IfMatch ?? "-"} Content-Type={ContentType ?? "-"} Accept={Accept ?? "-"} "
            + $"{string.Join(' ', Headers.Select(h => $"{h.Key}={Shorten(h.Value)}"))} body={Shorten(body)}";
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : $"{text[..300]}…({text.Length} chars)";
}
