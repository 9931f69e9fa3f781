using Microsoft.AspNetCore.Http.Features;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// API bodies are small JSON documents. A larger body is refused with 413 before it is read,
/// whatever the server (Kestrel enforces the same limit; the test server does not, hence this).
/// Headers over 32 kB are refused with a 431 problem.
/// </summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>The headers this API accepts in total (Kestrel's default): beyond it a 431 problem.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>
    /// Kestrel's own header limit, above <see cref="MaxHeaderBytes"/>. Kestrel refuses what passes its
    /// limit before any middleware runs, with a bare 431 and no way to add a body; set higher, the
    /// usual oversize requests (a bloated cookie) reach <see cref="UseRequestLimits"/> and get a problem.
    /// </summary>
    public const int KestrelHeaderBytes = 128 * 1024;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (HeaderBytes(http.Request.Headers) > MaxHeaderBytes)
        {
            throw new BadHttpRequestException("The request headers are too large.",
                StatusCodes.Status431RequestHeaderFieldsTooLarge);
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        await next(http);
    });

    /// <summary>As Kestrel counts them: each name and value, with ": " and the line end.</summary>
    private static long HeaderBytes(IHeaderDictionary headers) =>
        headers.Sum(h => h.Key.Length + 4L + h.Value.Sum(v => (long)(v?.Length ?? 0)));
}
