using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Net.Http.Headers;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// A body of the wrong type (text/plain to a JSON endpoint) is a 415 naming the expected type. Routing
/// would answer that itself, but it weighs content types before route constraints, so the web app's
/// catch-all fallback (which accepts any type) wins and the API answered 404. The fallback asks this
/// class whether an API endpoint would have taken the request but for its Content-Type.
/// </summary>
public sealed class UnsupportedMediaType(EndpointDataSource endpoints)
{
    private readonly
        Lazy<IReadOnlyList<(TemplateMatcher Route, IReadOnlyList<string> Methods, IAcceptsMetadata Accepts)>>
        bodyEndpoints = new(() =>
    [
        .. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>() is { IsOptional: false, ContentTypes.Count: > 0 })
            .Select(e => (new TemplateMatcher(new RouteTemplate(e.RoutePattern), []),
                e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [],
                    e.Metadata.GetMetadata<IAcceptsMetadata>()!)),
    ]);

    /// <summary>
    /// Answers 415 (the problem is written by status-code pages) when the request's body type is what kept it from its
    /// endpoint.
    /// </summary>
    public bool Refused(HttpContext http)
    {
        // No Content-Type at all is not JSON either.
        var sent = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var parsed) ? parsed : null;
        var refused =
            bodyEndpoints.Value.Any(e => e.Methods.Contains(http.Request.Method, StringComparer.OrdinalIgnoreCase)
            && e.Route.TryMatch(http.Request.Path, [])
            && !e.Accepts.ContentTypes.Any(accepted => sent?.IsSubsetOf(MediaTypeHeaderValue.Parse(accepted)) == true));
        if (refused)
        {
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        }

        return refused;
    }
}
