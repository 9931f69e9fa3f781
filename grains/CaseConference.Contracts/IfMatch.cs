using CaseConference.Domain;

namespace CaseConference.Contracts;

/// <summary>
/// The If-Match of a change (RFC 9110 §13.1.1), passed with the grain call that makes the change
/// and compared by the grain in that same turn: nothing can land between the check and the change,
/// and the caller learns the new version from the same call. Tags compare strongly, as sent;
/// <c>*</c> matches any current version.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record IfMatch([property: Id(0)] string[] Tags, [property: Id(1)] bool Required)
{
    /// <summary>The refusal code of a stale If-Match (HTTP 412).</summary>
    public const string StaleCode = "stale_etag";

    /// <summary>The refusal code of a missing If-Match where one is required (HTTP 428).</summary>
    public const string RequiredCode = "if_match_required";

    /// <summary>No If-Match, and none needed.</summary>
    public static readonly IfMatch None = new([], false);

    /// <summary>Whether the caller asked for a check at all (a non-participant may not).</summary>
    public bool Asks => Required || Tags.Length > 0;

    public static IfMatch From(string? header, bool required = false) =>
        new(header?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [], required);

    public static IfMatch Version(long version) => new([ETags.ForVersion(version)], false);

    /// <summary>Refuses a missing If-Match where one is required, and one that names another version.</summary>
    public void Check(string current)
    {
        if (Tags.Length == 0)
        {
            if (Required)
            {
                throw DomainException.Conflict(RequiredCode,
                    "Send the ETag you last read in If-Match, so a change made meanwhile is not overwritten.");
            }

            return;
        }

        if (!Tags.Contains("*") && !Tags.Contains(current))
        {
            throw DomainException.Conflict(StaleCode, "Someone changed this meanwhile; read it again and retry.");
        }
    }
}
