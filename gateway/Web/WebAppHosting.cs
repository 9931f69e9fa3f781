using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace CaseConference.Gateway.Web;

/// <summary>
/// Serves the browser app from the same origin as the API, so sign-in is a cookie and no CORS is
/// needed. Hashed files under /assets never change under one name and are cached for a year;
/// index.html is revalidated on every load so a new build is picked up at once. Any other path
/// that is not the API, a hub, the API docs or health gets index.html: the app routes it.
/// </summary>
public static class WebAppHosting
{
    private static readonly string[] ServerPrefixes = ["/api", "/hubs", "/openapi", "/health"];

    public static WebApplication MapWebApp(this WebApplication app)
    {
        var options = app.Configuration.GetSection(WebAppOptions.SectionName).Get<WebAppOptions>() ?? new WebAppOptions();
        var root = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, options.Root));
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.Logger.LogWarning("No web app at {Root} (build it with: cd web && npm ci && npm run build); / answers 404", root);
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl =
                c.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache",
        });
        app.MapFallback(async http =>
        {
            if (ServerPrefixes.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
                || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache";
            await http.Response.SendFileAsync(files.GetFileInfo("index.html"));
        }).AllowAnonymous();
        return app;
    }
}
