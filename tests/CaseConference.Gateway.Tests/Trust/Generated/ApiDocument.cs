using System.Text.Json.Nodes;

namespace CaseConference.Gateway.Tests.Trust.Generated;

/// <summary>One operation of the served OpenAPI document and what it reads from a request.</summary>
public sealed record ApiOperation(string Method, string Template, IReadOnlyList<ApiParameter> Parameters,
    IReadOnlyList<ApiField> BodyFields)
{
    public string Key => $"{Method} {Template}";

    public IEnumerable<ApiParameter> In(string where) => Parameters.Where(p => p.In == where);
}

public sealed record ApiParameter(string Name, string In, ApiField Field);

/// <summary>A field of a request body (dotted path; "0" steps into an array) and what the schema says of it.</summary>
public sealed record ApiField(string Path, IReadOnlyList<string> Types, string? Format, IReadOnlyList<string> Enum)
{
    public bool Is(string type) => Types.Contains(type);
}

/// <summary>
/// Reads operations and request-body schemas from <c>/openapi/v1.json</c>, following <c>$ref</c>,
/// <c>allOf</c>/<c>anyOf</c>/<c>oneOf</c> and nullable type lists, so the generated requests follow the
/// document as it is served.
/// </summary>
public sealed class ApiDocument(JsonNode root)
{
    private const int MaxDepth = 4;

    public static async Task<ApiDocument> LoadAsync(HttpClient anonymous) =>
        new(JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!);

    public IReadOnlyList<ApiOperation> Operations() =>
    [
        .. root["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/v1", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject()
                .Where(o => o.Key is "get" or "post" or "put" or "delete" or "patch")
                .Select(o => Operation(o.Key.ToUpperInvariant(), p.Key, o.Value!, p.Value!["parameters"])))
            .OrderBy(o => o.Key, StringComparer.Ordinal),
    ];

    private ApiOperation Operation(string method, string template, JsonNode operation, JsonNode? shared)
    {
        var parameters = (operation["parameters"]?.AsArray() ?? []).Concat(shared?.AsArray() ?? [])
            .Select(p => Resolve(p!))
            .Select(p => new ApiParameter(p["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(),
                Describe(p["name"]!.GetValue<string>(), p["schema"])))
            .DistinctBy(p => (p.Name, p.In))
            .ToList();
        var body = operation["requestBody"] is { } requestBody ? Resolve(requestBody)["content"]?.AsObject()
            .Select(c => c.Value?["schema"]).FirstOrDefault(s => s is not null) : null;
        return new ApiOperation(method, template, parameters, body is null ? [] : [.. Fields(body, "", 0)]);
    }

    private IEnumerable<ApiField> Fields(JsonNode schema, string prefix, int depth)
    {
        var members = Members(schema).ToList();
        var properties = members.SelectMany(m => m["properties"]?.AsObject() ?? []).ToList();
        foreach (var (name, value) in properties.DistinctBy(p => p.Key))
        {
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            var field = Describe(path, value);
            yield return field;
            if (depth >= MaxDepth)
            {
                continue;
            }

            foreach (var nested in Fields(value!, path, depth + 1))
            {
                yield return nested;
            }

            foreach (var items in Members(value!).Select(m => m["items"]).OfType<JsonNode>())
            {
                foreach (var nested in Fields(items, $"{path}.0", depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    private ApiField Describe(string path, JsonNode? schema)
    {
        var members = schema is null ? [] : Members(schema).ToList();
        var types = members.SelectMany(m => m["type"] switch
        {
            JsonArray list => list.Select(t => t!.GetValue<string>()),
            JsonValue one => [one.GetValue<string>()],
            _ => m["properties"] is not null ? ["object"] : [],
        }).Distinct().ToList();
        var format = members.Select(m => m["format"]?.GetValue<string>()).FirstOrDefault(f => f is not null);
        var values = members.SelectMany(m => m["enum"]?.AsArray() ?? []).OfType<JsonValue>()
            .Where(v => v.TryGetValue<string>(out _)).Select(v => v.GetValue<string>()).Distinct().ToList();
        return new ApiField(path, types, format, values);
    }

    /// <summary>The schema and every schema it is made of, with references followed.</summary>
    private IEnumerable<JsonNode> Members(JsonNode schema, int depth = 0)
    {
        var resolved = Resolve(schema);
        yield return resolved;
        if (depth > 8)
        {
            yield break;
        }

        foreach (var combinator in new[] { "allOf", "anyOf", "oneOf" })
        {
            foreach (var member in resolved[combinator]?.AsArray() ?? [])
            {
                foreach (var inner in Members(member!, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }

    private JsonNode Resolve(JsonNode node)
    {
        for (var hops = 0; node["$ref"] is JsonValue reference && hops < 16; hops++)
        {
            var path = reference.GetValue<string>().TrimStart('#', '/').Split('/');
            node = path.Aggregate(root, (current, segment) => current[segment.Replace("~1", "/").Replace("~0", "~")]!);
        }

        return node;
    }
}
