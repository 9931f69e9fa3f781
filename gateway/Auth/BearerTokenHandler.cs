using System.Text.Encodings.Web;
using CaseConference.Contracts.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Auth;

/// <summary>
/// Scripts send <c>Authorization: Bearer code:user.secret</c>. The account key (panti code and
/// user name) picks the account grain, which compares the secret's hash with the tokens it issued; a revoked token
/// is simply no longer there. <see cref="TokenCheck"/> remembers the grain's answer until the
/// account changes.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
        TokenCheck tokens, IClusterClient cluster)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (!AccountNames.TrySplitToken(header["Bearer ".Length..].Trim(), out var named, out var secret)
            || await AccountTokens.Resolve(cluster, named) is not { } account)
        {
            return AuthenticateResult.Fail("Malformed token.");
        }

        var signedIn = await tokens.Authenticate(account, secret);
        return signedIn is null
            ? AuthenticateResult.Fail("Unknown, revoked or expired token.")
            : AuthenticateResult.Success(new AuthenticationTicket(Principals.For(signedIn, Scheme.Name), Scheme.Name));
    }
}
