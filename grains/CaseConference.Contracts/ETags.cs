using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CaseConference.Contracts;

/// <summary>
/// A resource's version as a strong ETag. Grains and the gateway both form them, so the tag a
/// grain compares an If-Match with is byte for byte the one the gateway sent out.
/// </summary>
public static class ETags
{
    public static string ForVersion(long version) => $"\"{version}\"";

    public static string ForContent(object value) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, WireSerialization.Json))))[..16]}\"";
}
