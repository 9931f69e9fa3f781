using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Serialization;

namespace CaseConference.Contracts;

/// <summary>
/// The domain's own types (CaseConference.Domain: plain C#, no Orleans attributes) cross the wire
/// as JSON, so grain interfaces use them directly instead of mirror copies. JSON tolerates added
/// fields, which keeps old and new silos compatible during a rolling upgrade. Silos and clients
/// must both call this.
/// </summary>
public static class WireSerialization
{
    public static readonly JsonSerializerOptions Json = CreateOptions();

    public static ISerializerBuilder AddCaseConferenceSerialization(this ISerializerBuilder serializer) =>
        serializer.AddJsonSerializer(IsDomainType, Json);

    public static bool IsDomainType(Type type) =>
        type.Namespace is { } ns && (ns == "CaseConference.Domain" || ns.StartsWith("CaseConference.Domain.", StringComparison.Ordinal));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
