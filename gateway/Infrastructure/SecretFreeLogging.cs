using System.Diagnostics;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// Finding 14: the calendar feed's token is in its URL, so no log line may carry a raw request
/// path. ASP.NET Core's hosting log writes the path in its request lines and in the scope every
/// request's log lines carry; routing and static files write it at Debug. Those categories are
/// lowered, and one request line with the path redacted is written here instead. Routing's own
/// two lines per request (executing, executed) say nothing that line does not, and writing them
/// was about a tenth of the gateway's CPU per minute entry (issue 9), so routing logs warnings only.
/// </summary>
public static partial class SecretFreeLogging
{
    public const string Redacted = "***";

    private static readonly string[] SecretSegmentsAfter = ["/api/v1/calendar"];

    public static ILoggingBuilder AddSecretFreeLogging(this ILoggingBuilder logging) => logging
        // None also stops the hosting scope (RequestPath) that every line of a request would carry.
        .AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None)
        .AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning)
        .AddFilter("Microsoft.AspNetCore.StaticFiles", LogLevel.Information)
        .AddFilter("Microsoft.AspNetCore.HttpLogging", LogLevel.None);

    /// <summary>The request path with any secret segment replaced; safe to log.</summary>
    public static string SafePath(PathString path)
    {
        foreach (var prefix in SecretSegmentsAfter)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase, out var rest) && rest.HasValue)
            {
                return $"{prefix}/{Redacted}";
            }
        }

        return path.Value ?? "";
    }

    public static IApplicationBuilder UseSafeRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger("CaseConference.Gateway.Requests");
        return app.Use(async (http, next) =>
        {
            var path = SafePath(http.Request.Path);
            using var scope = logger.BeginScope(new Dictionary<string, object> { ["RequestPath"] = path });
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(http);
            }
            finally
            {
                LogRequest(logger, http.Request.Method, path, http.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Method} {Path} answered {Status} in {Milliseconds:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, int status, double milliseconds);
}
