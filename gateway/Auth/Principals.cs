using System.Security.Claims;
using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Infrastructure;

namespace CaseConference.Gateway.Auth;

public static class Principals
{
    public const string CredentialKindClaim = "cc:credential-kind";
    public const string CredentialIdClaim = "cc:credential";

    public static ClaimsPrincipal For(Authenticated signedIn, string scheme) =>
        For(signedIn.Account, signedIn.Credential, scheme);

    public static ClaimsPrincipal For(AccountInfo account, Credential credential, string scheme) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, account.UserName),
            new Claim(CurrentUser.UserNameClaim, account.UserName),
            new Claim(CurrentUser.AccountClaim, account.Key().ToString()),
            new Claim(CurrentUser.PantiClaim, account.PantiId.ToString()),
            new Claim(CurrentUser.StaffClaim, account.StaffId.ToString()),
            new Claim(CredentialKindClaim, credential.Kind.ToString()),
            new Claim(CredentialIdClaim, credential.Id.ToString()),
            .. account.MustChangePassword
                ? [new Claim(PasswordChangeGate.MustChangeClaim, "true")] : Array.Empty<Claim>(),
        ],
        scheme));

    /// <summary>The session or token a signed-in principal rests on, or null for anything else.</summary>
    public static Credential? Credential(this ClaimsPrincipal user) =>
        Enum.TryParse<CredentialKind>(user.FindFirstValue(CredentialKindClaim), out var kind)
        && Guid.TryParse(user.FindFirstValue(CredentialIdClaim), out var id)
            ? new Credential(kind, id)
            : null;
}
