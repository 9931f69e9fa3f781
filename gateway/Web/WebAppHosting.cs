using Microsoft.Extensions.FileProviders;

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
        var options = app.Configuration.GetSection(WebAppOptions.SectionName)
            .Get<WebAppOptions>() ?? new WebAppOptions();
        var root = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, options.Root));
        var index = Path.Combine(root, "index.html");
        if (Directory.Exists(root))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(root),
                OnPrepareResponse = c => c.Context.Response.Headers.CacheControl =
                    c.Context.Request.Path.StartsWithSegments("/assets")
                        ? "public, max-age=31536000, immutable" : "no-cache",
            });
        }
        else
        {
            app.Logger.LogWarning("No web app at {Root} (build it: cd web && npm ci && npm run build); / answers 404",
                root);
        }

        // Mapped even without a build, so the endpoint list does not depend on one.
        app.MapFallback(async http =>
        {
            var serverPath =
                ServerPrefixes.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
            var read = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
            if (serverPath
                && http.RequestServices.GetRequiredService<Infrastructure.UnsupportedMediaType>().Refused(http))
            {
                return;
            }

            if (serverPath || !read || !File.Exists(index))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache";
            await http.Response.SendFileAsync(index);
        }).AllowAnonymous();
        return app;
    }
}
