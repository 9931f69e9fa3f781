using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// Enums on the API are their names, nothing else: a number (<c>99</c>, <c>"5"</c>) or a
/// flags-style list (<c>"Present,Absent"</c>) would bind to a value nobody chose, so they are
/// refused as a wrong type naming the field. Names match case-insensitively and are written as
/// declared.
/// </summary>
public sealed class EnumNamesOnly : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<string, T> Names =
            Enum.GetNames<T>().ToDictionary(n => n, Enum.Parse<T>, StringComparer.OrdinalIgnoreCase);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? Parse(reader.GetString())
                : throw new EnumNameException(Names.Keys);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert,
            JsonSerializerOptions options) =>
            Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value.ToString());

        private static T Parse(string? name) =>
            name is not null && Names.TryGetValue(name, out var value) ? value
                : throw new EnumNameException(Names.Keys);
    }
}

/// <summary>A value that is not one of its enum's names; the problem lists the names.</summary>
public sealed class EnumNameException(IEnumerable<string> names) : JsonException
{
    public IReadOnlyList<string> Names { get; } = [.. names];
}
