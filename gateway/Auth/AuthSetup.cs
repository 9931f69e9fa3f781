using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

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
                o.Cookie.Name = "caseconference";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = c => Status(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => Status(c, StatusCodes.Status403Forbidden);
            });
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

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
