using System.Text.RegularExpressions;

namespace CaseConference.Contracts.Accounts;

/// <summary>
/// User names are the account grain's key: lower-cased, and without '.', so the token format
/// <c>&lt;username&gt;.&lt;secret&gt;</c> splits unambiguously at its last dot.
/// </summary>
public static partial class AccountNames
{
    public static bool IsValid(string? userName) => userName is not null && Pattern().IsMatch(userName);

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    /// <summary>Splits a token into the account key and the secret; false for anything malformed.</summary>
    public static bool TrySplitToken(string? token, out string userName, out string secret)
    {
        userName = secret = "";
        var dot = token?.LastIndexOf('.') ?? -1;
        if (token is null || dot <= 0 || dot == token.Length - 1)
        {
            return false;
        }

        userName = token[..dot];
        secret = token[(dot + 1)..];
        return IsValid(userName);
    }

    [GeneratedRegex("^[a-z0-9_-]{3,40}$")]
    private static partial Regex Pattern();
}
