using System.Text;
using System.Text.Json.Nodes;

namespace CaseConference.Gateway.Tests.Trust.Generated;

/// <summary>One way to spoil a valid request.</summary>
public sealed record Mutation(string Name, Func<ApiRequest, ApiRequest> Apply);

/// <summary>Ids of another panti, to be answered exactly as unknown ones (TN1).</summary>
public sealed record Strangers(Guid Client, Guid Conference, Guid Item, Guid ForceMajeure, Guid Staff, Guid Token);

/// <summary>
/// The bad requests of one operation: every field of its body schema (and of the valid body, for
/// fields the document misses) with wrong types, missing, null, out-of-range, invalid enum, huge and
/// control-character values and foreign or unknown ids; broken bodies and content types; garbage
/// If-Match and Accept headers; bad path and query values.
/// </summary>
public static class Mutations
{
    public static IReadOnlyList<Mutation> For(ApiOperation op, JsonNode? validBody, Strangers strangers)
    {
        var documented = op.BodyFields.ToDictionary(f => f.Path);
        var fields = op.BodyFields.Concat(JsonPaths.PathsOf(validBody).Where(p => !documented.ContainsKey(p))
            .Select(p => new ApiField(p, [], null, []))).ToList();
        return
        [
            .. fields.SelectMany(f => FieldValues.For(f, JsonPaths.Get(validBody, f.Path),
                Stranger(op, f.Path, strangers))
                .Select(v => v.Raw is null
                    ? new Mutation($"{f.Path}={v.Name}", r => r with { Body = JsonPaths.Set(r.Body, f.Path, v.Value) })
                    : new Mutation($"{f.Path}={v.Name}",
                        r => r with { RawBody = JsonPaths.SetRaw(r.Body, f.Path, v.Raw) }))
                .Prepend(new Mutation($"{f.Path} missing", r => r with { Body = JsonPaths.Remove(r.Body, f.Path) }))),
            .. Bodies(),
            .. ContentTypes(),
            .. Headers(),
            .. op.In("path").SelectMany(p => PathValues(op, p.Name, strangers)),
            .. op.In("query").SelectMany(p => QueryValues(p.Name)),
        ];
    }

    private static IEnumerable<Mutation> Bodies()
    {
        yield return new("no body", r => r with { Body = null, RawBody = null });
        foreach (var raw in new[] { "", "null", "[]", "\"text\"", "42", "{", "{\"a\":", "{}}", "\uFEFF{}",
            "{\"a\":1,\"a\":2}" })
        {
            yield return new($"body {Escape(raw)}", r => r with { RawBody = Encoding.UTF8.GetBytes(raw) });
        }

        yield return new("body nested 300 deep", r => r with { RawBody =
            Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 300)) + "1" + new string('}', 300)) });
        yield return new("body of arrays 300 deep",
            r => r with { RawBody = Encoding.UTF8.GetBytes(new string('[', 300) + new string(']', 300)) });
        yield return new("body with duplicate keys", r => r with { RawBody = Duplicated(r.Body) });
        yield return new("body not UTF-8", r => r with { RawBody = [0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d] });
        yield return new("body over the limit",
            r => r with { RawBody = Encoding.UTF8.GetBytes($"{{\"x\":\"{new string('x', 300_000)}\"}}") });
        yield return new("body with an unknown property",
            r => r with { Body = JsonPaths.Set(r.Body, "unexpectedProperty", "x") });
    }

    private static IEnumerable<Mutation> ContentTypes() =>
        new[] { null, "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
                "application/json; charset=utf-16", "application/json; charset=nonsense", "garbage" }
            .Select(type => new Mutation($"Content-Type {type ?? "absent"}",
                r => r with { ContentType = type, Body = r.Body ?? new JsonObject() }));

    private static IEnumerable<Mutation> Headers()
    {
        foreach (var ifMatch in new[] { "garbage", "\"", "W/\"1\"", "*", "\"1\", \"2\"", "\"-1\"",
            "\"99999999999999999999\"", "", new string('9', 8000) })
        {
            yield return new($"If-Match {Escape(ifMatch)}", r => r with { IfMatch = ifMatch });
        }

        foreach (var accept in new[] { "application/xml", "text/html", "*/*;q=0", "application/json;q=0", "garbage/;;",
            "application/problem+xml", "text/csv" })
        {
            yield return new($"Accept {accept}", r => r with { Accept = accept });
        }

        yield return new("X-HTTP-Method-Override DELETE",
            r => r with { Headers = new Dictionary<string, string> { ["X-HTTP-Method-Override"] = "DELETE" } });
        yield return new("Content-Encoding gzip on plain JSON",
            r => r with { Headers = new Dictionary<string, string> { ["Content-Encoding"] = "gzip" } });
        yield return new("a 40 kB header",
            r => r with { Headers = new Dictionary<string, string> { ["X-Padding"] = new string('p', 40_000) } });
    }

    private static IEnumerable<Mutation> PathValues(ApiOperation op, string name, Strangers strangers)
    {
        var values = name switch
        {
            "number" => ["0", "-1", "2147483648", "abc", "1.5"],
            "token" => ["x", "pimpinan.forged", new string('t', 5000), "%2e%2e", "%20", "a.b.c"],
            _ => new[] { Guid.NewGuid().ToString(), Stranger(op, name, strangers)?.ToString(), Guid.Empty.ToString(),
                "not-a-guid", "%20",
                "..%2F..%2Fpanti", new string('a', 3000) }.OfType<string>(),
        };
        return values.Select(v => new Mutation($"path {name}={Escape(v)}", r => r with
        {
            PathValues = new Dictionary<string, string>(r.PathValues) { [name] = v },
        }));
    }

    private static IEnumerable<Mutation> QueryValues(string name) =>
        new[] { "-1", "abc", "99999999999999999999", "", new string('9', 5000), "1e3", "0x10" }
            .Select(v => new Mutation($"query {name}={Escape(v)}",
                r => r with { Query = new Dictionary<string, string>(r.Query) { [name] = v } }));

    /// <summary>Which other panti's id fits a field or path parameter, by its name and the operation.</summary>
    private static Guid? Stranger(ApiOperation op, string path, Strangers s)
    {
        var name = path.Split('.')[^1].ToLowerInvariant();
        return name switch
        {
            _ when name.Contains("client", StringComparison.Ordinal) => s.Client,
            _ when name.Contains("item", StringComparison.Ordinal) => s.Item,
            _ when name.Contains("forcemajeure", StringComparison.Ordinal) => s.ForceMajeure,
            _ when name.Contains("staff", StringComparison.Ordinal)
                || name.Contains("peksos", StringComparison.Ordinal) => s.Staff,
            _ when name.Contains("token", StringComparison.Ordinal) => s.Token,
            "id" when op.Template.Contains("/conferences", StringComparison.Ordinal) => s.Conference,
            "id" when op.Template.Contains("/force-majeure", StringComparison.Ordinal) => s.ForceMajeure,
            "id" when op.Template.Contains("/clients", StringComparison.Ordinal) => s.Client,
            "id" when op.Template.Contains("/staff", StringComparison.Ordinal) => s.Staff,
            _ => null,
        };
    }

    private static byte[] Duplicated(JsonNode? body)
    {
        var text = (body ?? new JsonObject()).ToJsonString();
        return Encoding.UTF8.GetBytes(body is JsonObject { Count: > 0 } obj
            ? $"{{{text[1..^1]},\"{obj.First().Key}\":{JsonValue.Create("dup")!.ToJsonString()}}}"
            : text);
    }

    private static string Escape(string text) =>
        text.Length > 40 ? $"{text.Length} chars"
            : string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
