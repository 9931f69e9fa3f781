using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>The OpenAPI document (/openapi/v1.json): what the web app's client is generated from.</summary>
public static class ApiDocument
{
    public static IServiceCollection AddCaseConferenceOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
    {
        // Use cases nest their Body, Result and Item types; by the short name alone every Body would be one
        // schema and generated clients would mix them, so those are named after their use case.
        o.CreateSchemaReferenceId = type => OpenApiOptions.CreateDefaultSchemaReferenceId(type) is { } id
            && type.Type.DeclaringType is { } owner && type.Type.Name is "Body" or "Result" or "Item" ? owner.Name + id
                : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        o.AddSchemaTransformer(EnumNames);
        o.AddSchemaTransformer(RequiredAsBound);
        o.AddSecurity();
        o.AddConcurrencyHeaders();
    });

    /// <summary>
    /// The schema generator knows enums only through its own converter, not <see cref="EnumNamesOnly"/>:
    /// it leaves them (and lists of them) without their names, which are put back here.
    /// </summary>
    private static Task EnumNames(OpenApiSchema schema, OpenApiSchemaTransformerContext context,
        CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (EnumOf(type) is { } enumType)
        {
            schema.Enum = Names(enumType, nullable: enumType != type);
        }
        else if (context.JsonTypeInfo is { Kind: JsonTypeInfoKind.Enumerable,
            ElementType: { } element } && schema.Items is null
            && EnumOf(element) is { } itemType)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = Names(itemType, nullable: false) };
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The generator lists every constructor parameter as required, nullable ones too; the API
    /// requires what <see cref="ApiJson"/> requires (neither nullable nor defaulted), so a client
    /// generated from the document may leave out exactly what the server lets it leave out.
    /// </summary>
    private static Task RequiredAsBound(OpenApiSchema schema, OpenApiSchemaTransformerContext context,
        CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo is { Kind: JsonTypeInfoKind.Object } type && schema.Properties is { Count: > 0 })
        {
            schema.Required = type.Properties.Where(p => p.IsRequired).Select(p => p.Name).ToHashSet();
        }

        return Task.CompletedTask;
    }

    private static Type? EnumOf(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } e ? e : null;

    private static List<JsonNode> Names(Type enumType, bool nullable)
    {
        List<JsonNode> names = [.. Enum.GetNames(enumType).Select(n => (JsonNode)JsonValue.Create(n))];
        if (nullable)
        {
            names.Add(null!);
        }

        return names;
    }
}
