namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// Finding 14: every answer carries the browser protections, and no API answer (case records,
/// calendar feeds, tokens) is kept by a browser or proxy cache. Hashed web assets keep their own
/// long-lived Cache-Control (set by WebAppHosting), since they hold no data.
/// </summary>
public static class SecurityHeaders
{
    // The Vite build has no inline script or style, so the app runs under 'self' only.
    public const string AppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    // Scalar's page boots with an inline script and inline styles and loads its fonts from
    // fonts.scalar.com; it shows only the public API description, so it alone gets this looser policy.
    public const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
        "connect-src 'self'; font-src 'self' data: https://fonts.scalar.com; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        // OnStarting, because the exception handler clears headers set before a failure.
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            var path = http.Request.Path;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = path.StartsWithSegments("/api/reference") ? ReferencePolicy : AppPolicy;
            if (path.StartsWithSegments("/api/v1"))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(http);
    });
}
