using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace CaseConference.Storage;

/// <summary>
/// Grain state as plain System.Text.Json, so an operator reads it in psql and the domain's own
/// JSON attributes (polymorphic decisions, for example) decide its shape. Unknown fields are
/// ignored and missing ones take their defaults, so state written today still loads after a
/// field is added.
/// </summary>
public sealed class JsonStateSerializer : IGrainStorageSerializer
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public BinaryData Serialize<T>(T? input) =>
        BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(input, Options));

    public T Deserialize<T>(BinaryData input) => JsonSerializer.Deserialize<T>(input.ToMemory().Span, Options)!;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            IncludeFields = false,
            // The default encoder escapes for HTML (" as \u0022, every non-ASCII letter as \uXXXX);
            // state is never embedded in a page, so keep names and quotes legible in psql.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
