using System.Text;
using System.Text.Json.Nodes;

namespace CaseConference.Gateway.Tests.Trust.Generated;

/// <summary>Setting and removing a field of a JSON body by its dotted path ("decision.items.0.text").</summary>
public static class JsonPaths
{
    /// <summary>
    /// Stands for a raw JSON value (a number JSON cannot hold in .NET, a lone surrogate) until the body is written.
    /// </summary>
    private const string RawMarker = "\u0001raw\u0001";

    public static JsonNode Set(JsonNode? body, string path, JsonNode? value)
    {
        var root = body?.DeepClone() ?? new JsonObject();
        var segments = path.Split('.');
        var parent = segments[..^1].Aggregate(root, Step);
        switch (parent)
        {
            case JsonObject obj:
                obj[segments[^1]] = value?.DeepClone();
                break;
            case JsonArray array when int.TryParse(segments[^1], out var index):
                while (array.Count <= index)
                {
                    array.Add(null);
                }

                array[index] = value?.DeepClone();
                break;
        }

        return root;
    }

    public static JsonNode? Remove(JsonNode? body, string path)
    {
        if (body is null)
        {
            return null;
        }

        var root = body.DeepClone();
        var segments = path.Split('.');
        var parent = segments[..^1].Aggregate<string, JsonNode?>(root, (node, segment) => node switch
        {
            JsonObject obj => obj[segment],
            JsonArray array when int.TryParse(segment, out var i) && i < array.Count => array[i],
            _ => null,
        });
        if (parent is JsonObject obj)
        {
            obj.Remove(segments[^1]);
        }

        return root;
    }

    /// <summary>
    /// The body with the field at <paramref name="path"/> written as <paramref name="rawJson"/>, byte for byte.
    /// </summary>
    public static byte[] SetRaw(JsonNode? body, string path, string rawJson)
    {
        var text = Set(body, path, JsonValue.Create(RawMarker)).ToJsonString();
        var marker = JsonValue.Create(RawMarker).ToJsonString();
        return Encoding.UTF8.GetBytes(text.Replace(marker, rawJson, StringComparison.Ordinal));
    }

    public static JsonNode? Get(JsonNode? body, string path) =>
        path.Split('.').Aggregate(body, (node, segment) => node switch
    {
        JsonObject obj => obj[segment],
        JsonArray array when int.TryParse(segment, out var i) && i < array.Count => array[i],
        _ => null,
    });

    /// <summary>
    /// Every field path present in a body (objects and array items), for fields the document does not list.
    /// </summary>
    public static IEnumerable<string> PathsOf(JsonNode? node, string prefix = "")
    {
        var children = node switch
        {
            JsonObject obj => obj.Select(p => (Name: p.Key, Value: p.Value)),
            JsonArray array => array.Take(1)
                .Select((v, i) => (Name: i.ToString(System.Globalization.CultureInfo.InvariantCulture), Value: v)),
            _ => [],
        };
        foreach (var (name, value) in children)
        {
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            yield return path;
            foreach (var nested in PathsOf(value, path))
            {
                yield return nested;
            }
        }
    }

    private static JsonNode Step(JsonNode node, string segment)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj[segment] is not (JsonObject or JsonArray))
                {
                    obj[segment] = new JsonObject();
                }

                return obj[segment]!;
            case JsonArray array when int.TryParse(segment, out var index):
                while (array.Count <= index)
                {
                    array.Add(new JsonObject());
                }

                array[index] ??= new JsonObject();
                return array[index]!;
            default:
                return node;
        }
    }
}
