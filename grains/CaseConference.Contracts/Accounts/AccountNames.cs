using System.Text.RegularExpressions;

namespace CaseConference.Contracts.Accounts;

/// <summary>
/// User names: lower-cased, unique within their panti (<see cref="AccountKey"/>), and without '.'
/// or ':', so a token <c>code:user.secret</c> splits unambiguously at its last dot.
/// </summary>
public static partial class AccountNames
{
    public static bool IsValid(string? userName) => userName is not null && Pattern().IsMatch(userName);

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    /// <summary>
    /// Splits a token into what names its account and the secret; false for anything malformed.
    /// The account part is an <see cref="AccountKey"/> (<c>code:user</c>) or, for a token issued
    /// before user names were per panti, a bare user name (<see cref="ILegacyAccountNameGrain"/>).
    /// </summary>
    public static bool TrySplitToken(string? token, out string account, out string secret)
    {
        account = secret = "";
        var dot = token?.LastIndexOf('.') ?? -1;
        if (token is null || dot <= 0 || dot == token.Length - 1)
        {
            return false;
        }

        account = token[..dot];
        secret = token[(dot + 1)..];
        return IsValid(account) || AccountKey.TryParse(account, out _);
    }

    [GeneratedRegex("^[a-z0-9_-]{3,40}$")]
    private static partial Regex Pattern();
}
