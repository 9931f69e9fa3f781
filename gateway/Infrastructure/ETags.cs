using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaseConference.Contracts;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// Optimistic concurrency over HTTP: a resource's version travels as a strong ETag, and a change
/// that must not overwrite someone else's carries it back in If-Match. A missing If-Match where one
/// is required answers 428, a stale one 412.
/// </summary>
public static class ETags
{
    public static string ForVersion(long version) => $"\"{version}\"";

    public static string ForContent(object value) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, WireSerialization.Json))))[..16]}\"";

    public static void Require(string? ifMatch, string current)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw new PreconditionException(StatusCodes.Status428PreconditionRequired, "if_match_required",
                "Send the ETag you last read in If-Match, so a change made meanwhile is not overwritten.");
        }

        var presented = ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (!presented.Contains("*") && !presented.Contains(current))
        {
            throw new PreconditionException(StatusCodes.Status412PreconditionFailed, "stale_etag",
                "Someone changed this meanwhile; read it again and retry.");
        }
    }

    /// <summary>Checks If-Match only when the client sent one.</summary>
    public static void Check(string? ifMatch, string current)
    {
        if (!string.IsNullOrWhiteSpace(ifMatch))
        {
            Require(ifMatch, current);
        }
    }
}

public sealed class PreconditionException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;
}
