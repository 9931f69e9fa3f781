using System.Security.Claims;
using CaseConference.Contracts;

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

    public static Caller Caller(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PantiClaim), out var panti) && Guid.TryParse(user.FindFirstValue(StaffClaim), out var staff)
            ? new Caller(panti, staff)
            : throw new UnauthorizedAccessException("No signed-in staff member.");

    public static string UserName(this ClaimsPrincipal user) =>
        user.FindFirstValue(UserNameClaim) ?? throw new UnauthorizedAccessException("No signed-in staff member.");
}
