using System.Security.Claims;
using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Infrastructure;

namespace CaseConference.Gateway.Auth;

public static class Principals
{
    public static ClaimsPrincipal For(AccountInfo account, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, account.UserName),
            new Claim(CurrentUser.UserNameClaim, account.UserName),
            new Claim(CurrentUser.PantiClaim, account.PantiId.ToString()),
            new Claim(CurrentUser.StaffClaim, account.StaffId.ToString()),
            .. account.MustChangePassword ? [new Claim(PasswordChangeGate.MustChangeClaim, "true")] : Array.Empty<Claim>(),
        ],
        scheme));
}
