using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// JSON as the API reads it, for HTTP bodies and hub arguments alike. Enums bind by name only
/// (<see cref="EnumNamesOnly"/>). A constructor parameter that is neither nullable nor defaulted
/// is required, as is a C# <c>required</c> member: a missing <c>sex</c> or <c>mode</c> is refused
/// naming it (422) instead of silently becoming the enum's first value. Nullability is the one
/// place a body says what is optional (<c>Guid? Id</c>, <c>string? Note</c>).
/// </summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new EnumNamesOnly());
        // Decisions carry a "type" discriminator; scripts need not put it first.
        options.AllowOutOfOrderMetadataProperties = true;
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
            .WithAddedModifier(RequireNonNullable);
    }

    private static void RequireNonNullable(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false })
            {
                property.IsRequired = true;
            }
        }
    }
}
