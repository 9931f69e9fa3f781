using System.Security.Claims;
using CaseConference.Contracts;
using CaseConference.Contracts.Accounts;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// The signed-in staff member as grains see them. Only the panti and staff ids travel; grains
/// resolve roles from the panti's directory, so a stale cookie cannot carry stale roles.
/// </summary>
public static class CurrentUser
{
    public const string PantiClaim = "cc:panti";
    public const string StaffClaim = "cc:staff";
    public const string UserNameClaim = "cc:user";

    /// <summary>The account key <c>code:user</c> (finding 11): what every account grain call and cache uses.</summary>
    public const string AccountClaim = "cc:account";

    public static Caller Caller(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PantiClaim), out var panti)
            && Guid.TryParse(user.FindFirstValue(StaffClaim), out var staff)
            ? new Caller(panti, staff)
            : throw new UnauthorizedAccessException("No signed-in staff member.");

    public static AccountKey Account(this ClaimsPrincipal user) =>
        AccountKey.TryParse(user.FindFirstValue(AccountClaim), out var key)
            ? key
            : throw new UnauthorizedAccessException("No signed-in staff member.");

    /// <summary>
    /// The account key, or null for a principal without one (anonymous, or a cookie from before user names were per
    /// panti).
    /// </summary>
    public static AccountKey? AccountOrNull(this ClaimsPrincipal? user) =>
        AccountKey.TryParse(user?.FindFirstValue(AccountClaim), out var key) ? key : null;
}
