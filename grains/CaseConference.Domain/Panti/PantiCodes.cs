using System.Text.RegularExpressions;

namespace CaseConference.Domain.Panti;

/// <summary>
/// A panti's sign-in code: short, typed by its staff at sign-in next to their user name (user
/// names are unique only within a panti, finding 11). Lower-case letters, digits and inner
/// hyphens, 3 to 20 characters; no ':' or '.', so an account key <c>code:user</c> and a token
/// <c>code:user.secret</c> split unambiguously. Chosen when the panti is founded and never changed
/// (it is part of every account's key).
/// </summary>
public static partial class PantiCodes
{
    public const string Rule = "3-20 lower-case letters, digits or inner '-'";

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    public static string Normalize(string code) => code.Trim().ToLowerInvariant();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,18}[a-z0-9]$")]
    private static partial Regex Pattern();
}
