using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace CaseConference.Contracts;

/// <summary>
/// The domain's own types (CaseConference.Domain: plain C#, no Orleans attributes) cross the wire
/// as JSON, so grain interfaces use them directly instead of mirror copies. JSON tolerates added
/// fields, which keeps old and new silos compatible during a rolling upgrade. Silos and clients
/// must both call this. The few domain types on every minute entry's path have codecs of their own
/// instead (<c>Wire/</c>: surrogates, fields by id), which Orleans prefers to this one.
/// </summary>
public static class WireSerialization
{
    public static readonly JsonSerializerOptions Json = CreateOptions();

    /// <remarks>
    /// Orleans carries only exceptions from namespaces it knows; a PostgreSQL driver exception
    /// thrown where no grain call filter sees it (a grain reading its state on activation) otherwise
    /// arrives as a codec failure. With Npgsql's namespace added it arrives as itself, which the
    /// gateway answers as 503 storage_unavailable.
    /// </remarks>
    public static ISerializerBuilder AddCaseConferenceSerialization(this ISerializerBuilder serializer)
    {
        serializer.Services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
        return serializer.AddJsonSerializer(IsDomainType, Json);
    }

    public static bool IsDomainType(Type type) =>
        type.Namespace is { } ns
            && (ns == "CaseConference.Domain" || ns.StartsWith("CaseConference.Domain.", StringComparison.Ordinal));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
