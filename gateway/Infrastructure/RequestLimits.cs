using Microsoft.AspNetCore.Http.Features;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// API bodies are small JSON documents. A larger body is refused with 413 before it is read,
/// whatever the server (Kestrel enforces the same limit; the test server does not, hence this).
/// </summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 256 * 1024;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
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
}
