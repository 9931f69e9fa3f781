using CaseConference.Contracts.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using CaseConference.Gateway.Infrastructure;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Auth;

/// <summary>
/// Browsers sign in with a cookie (HttpOnly, SameSite=Strict, Secure over HTTPS), scripts with a
/// bearer token; one policy scheme picks by the Authorization header. The API answers 401/403
/// itself instead of redirecting to a login page.
/// </summary>
public static class AuthSetup
{
    public const string Bearer = "Bearer";
    public const string Either = "CookieOrBearer";
    public const string CookieName = "caseconference";

    public static IServiceCollection AddCaseConferenceAuth(this IServiceCollection services)
    {
        services.AddAuthentication(Either)
            .AddPolicyScheme(Either, "Cookie or bearer token", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? Bearer
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(Bearer, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // The session's lifetime is the account grain's; the cookie only carries its id.
                o.SlidingExpiration = false;
                o.Events.OnValidatePrincipal = ValidateSession;
                o.Events.OnRedirectToLogin = c => Status(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => Status(c, StatusCodes.Status403Forbidden);
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AccountOptions>>((o, accounts) => o.ExpireTimeSpan = accounts.Value.SessionLifetime);
        services.AddSingleton<SessionCheck>();
        services.AddSingleton<TokenCheck>();
        services.AddSingleton<AccountChangeListener>()
            .AddHostedService(sp => sp.GetRequiredService<AccountChangeListener>());
        services.AddAuthorization(o => o.FallbackPolicy = null);
        services.AddAntiforgery(o =>
        {
            o.HeaderName = Infrastructure.AntiforgeryForCookies.HeaderName;
            o.Cookie.Name = "caseconference.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>
    /// Finding 6: a cookie is only as good as the session it names. An ended session (sign-out,
    /// password change or reset, deactivation) signs the browser out; a live one brings the
    /// account's current state (a password change no longer pending, say). A cookie without an
    /// account key (issued before user names were per panti) names no account: sign in again.
    /// </summary>
    private static async Task ValidateSession(CookieValidatePrincipalContext context)
    {
        var user = context.Principal;
        var account = user?.Credential() is { Kind: CredentialKind.Session } session
            && user.AccountOrNull() is { } key
                ? await context.HttpContext.RequestServices.GetRequiredService<SessionCheck>().Validate(key, session)
                : null;
        if (account is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        context.ReplacePrincipal(Principals.For(account, user!.Credential()!,
            CookieAuthenticationDefaults.AuthenticationScheme));
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
