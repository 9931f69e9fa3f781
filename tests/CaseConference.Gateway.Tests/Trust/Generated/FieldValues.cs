using System.Text.Json.Nodes;

namespace CaseConference.Gateway.Tests.Trust.Generated;

/// <summary>A bad value for one field: a JSON value, or raw JSON text when .NET cannot hold it.</summary>
public sealed record BadValue(string Name, JsonNode? Value, string? Raw = null);

/// <summary>
/// Bad values for a field, chosen by what the schema says it is (and, failing that, by its valid value).
/// </summary>
public static class FieldValues
{
    public static IEnumerable<BadValue> For(ApiField field, JsonNode? valid, Guid? stranger)
    {
        yield return new("null", null);
        var kind = Kind(field, valid);
        foreach (var value in WrongTypes(kind))
        {
            yield return value;
        }

        var specific = kind switch
        {
            "enum" => Enums(field, valid),
            "uuid" => Ids(stranger),
            "date-time" => DateTimes(),
            "date" => Dates(),
            "time" => Times(),
            "integer" or "number" => Numbers(),
            "array" => Arrays(valid),
            "string" => Strings(),
            _ => [],
        };
        foreach (var value in specific)
        {
            yield return value;
        }
    }

    private static string Kind(ApiField field, JsonNode? valid) => field switch
    {
        { Enum.Count: > 0 } => "enum",
        { Format: "uuid" } => "uuid",
        { Format: "date-time" or "date" or "time" } => field.Format,
        _ when field.Is("integer") => "integer",
        _ when field.Is("number") => "number",
        _ when field.Is("boolean") => "boolean",
        _ when field.Is("array") => "array",
        _ when field.Is("object") => "object",
        _ when field.Is("string") => "string",
        _ => valid switch
        {
            JsonArray => "array",
            JsonObject => "object",
            JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
            JsonValue v when v.TryGetValue<decimal>(out _) => "number",
            JsonValue v when v.TryGetValue<string>(out var s) && Guid.TryParse(s, out _) => "uuid",
            JsonValue v when v.TryGetValue<string>(out var s) && DateTimeOffset.TryParse(s, out _) && s.Contains('T') =>
                "date-time",
            JsonValue v when v.TryGetValue<string>(out var s) && DateOnly.TryParse(s, out _) => "date",
            JsonValue => "string",
            _ => "unknown",
        },
    };

    private static IEnumerable<BadValue> WrongTypes(string kind)
    {
        if (kind is not ("string" or "uuid" or "date-time" or "date" or "time" or "enum"))
        {
            yield return new("a string", "abc");
        }

        if (kind is not ("integer" or "number"))
        {
            yield return new("a number", 12345);
        }

        if (kind != "boolean")
        {
            yield return new("true", true);
        }

        if (kind != "object")
        {
            yield return new("an object", new JsonObject { ["x"] = 1 });
        }

        if (kind != "array")
        {
            yield return new("an array", new JsonArray("a"));
        }
    }

    private static IEnumerable<BadValue> Strings() =>
    [
        new("empty", ""), new("blank", "   "), new("huge", new string('ä', 100_000)),
        new("NUL", "a\u0000b"), new("control characters", "\u001b[31m\u0007\b\f\r\nInjected: yes"),
            new("right-to-left override", "\u202eteks"),
        new("zero-width", "\u200b\u200b"), new("emoji", "\ud83d\ude00"), new("lone surrogate", null, "\"\\ud800x\""),
        new("markup", "<script>alert(1)</script>"), new("sql-looking", "'; DROP TABLE audit_log; --"),
    ];

    private static IEnumerable<BadValue> Enums(ApiField field, JsonNode? valid)
    {
        var first = field.Enum.FirstOrDefault() ?? valid?.GetValue<string>() ?? "Value";
        var second = field.Enum.Skip(1).FirstOrDefault() ?? first;
        return
        [
            new("unknown name", "Nowhere"), new("empty", ""), new("integer", 99), new("integer zero", 0),
                new("digits", "1"),
            new("lower case", first.ToLowerInvariant()), new("comma list", $"{first},{second}"),
                new("padded", $" {first} "),
            new("negative digits", "-1"),
        ];
    }

    private static IEnumerable<BadValue> Ids(Guid? stranger) =>
    [
        new("unknown id", Guid.NewGuid().ToString()), new("empty guid", Guid.Empty.ToString()),
            new("not a guid", "not-a-guid"),
        new("braced guid", $"{{{Guid.NewGuid()}}}"), new("integer id", 7),
        .. stranger is { } foreign ? [new BadValue("another panti's id", foreign.ToString())] : Array.Empty<BadValue>(),
    ];

    private static IEnumerable<BadValue> DateTimes() =>
    [
        new("end of time", "9999-12-31T23:59:59Z"), new("end of time west", "9999-12-31T23:59:59-14:00"),
        new("start of time", "0001-01-01T00:00:00Z"), new("start of time east", "0001-01-01T00:00:00+14:00"),
        new("fifty years ahead", DateTimeOffset.UtcNow.AddYears(50).ToString("O")),
            new("ten years ago", DateTimeOffset.UtcNow.AddYears(-10).ToString("O")),
        new("30 February", "2026-02-30T10:00:00Z"), new("no offset", "2027-01-06T09:00:00"),
            new("not a date", "besok pagi"),
        new("year 10000", "+10000-01-01T00:00:00Z"), new("unix seconds", 1767225600), new("empty", ""),
    ];

    private static IEnumerable<BadValue> Dates() =>
    [
        new("end of time", "9999-12-31"), new("start of time", "0001-01-01"), new("month 13", "2026-13-01"),
        new("day first", "31/12/2026"),
            new("fifty years ahead", DateOnly.FromDateTime(DateTime.UtcNow.AddYears(50)).ToString("O")),
        new("with a time", "2026-12-31T10:00:00Z"), new("empty", ""),
    ];

    private static IEnumerable<BadValue> Times() =>
        [new("24:00", "24:00"), new("leap second", "23:59:60"), new("negative", "-01:00"), new("no padding", "9:0"),
            new("empty", "")];

    private static IEnumerable<BadValue> Numbers() =>
    [
        new("minus one", -1), new("zero", 0), new("int max", int.MaxValue), new("int min", int.MinValue),
        new("int max + 1", null, "2147483648"), new("long overflow", null, "9223372036854775808"),
            new("1e400", null, "1e400"),
        new("fraction", 1.5), new("digits as text", "12"), new("minus zero", null, "-0"),
    ];

    private static IEnumerable<BadValue> Arrays(JsonNode? valid)
    {
        var element = valid is JsonArray { Count: > 0 } array ? array[0] : JsonValue.Create("x");
        return
        [
            new("empty", new JsonArray()), new("[null]", new JsonArray((JsonNode?)null)),
                new("mixed types", new JsonArray(1, "a", true, new JsonObject())),
            new("5000 copies", new JsonArray([.. Enumerable.Range(0, 5000).Select(_ => element?.DeepClone())])),
            new("repeated first", new JsonArray(element?.DeepClone(), element?.DeepClone())),
        ];
    }
}
