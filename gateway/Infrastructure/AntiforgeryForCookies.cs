using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// A browser's cookie is sent automatically, so a state-changing request signed in by cookie must
/// also carry the antiforgery token (X-CSRF-TOKEN). Bearer tokens are never sent automatically and
/// need no such proof.
/// </summary>
public sealed class AntiforgeryForCookies(IAntiforgery antiforgery) : IEndpointFilter
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var changesState = !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            || HttpMethods.IsOptions(http.Request.Method));
        var anonymous =
            http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null;
        if (changesState && !anonymous && http.User.Identity is { IsAuthenticated: true,
            AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme })
        {
            await antiforgery.ValidateRequestAsync(http);
        }

        return await next(context);
    }
}
