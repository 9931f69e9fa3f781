using CaseConference.Gateway.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// How an operation is authenticated, in the document: a bearer token, or the session cookie (with
/// the antiforgery header on every change, <see cref="AntiforgeryForCookies"/>). An anonymous
/// operation says so with an empty list, so a missing requirement is never mistaken for "open".
/// </summary>
public static class ApiDocumentSecurity
{
    public const string BearerScheme = "bearer";
    public const string CookieScheme = "cookie";
    public const string AntiforgeryScheme = "antiforgery";

    public static void AddSecurity(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
            {
                [BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http, Scheme = "bearer",
                    Description =
                        "A token from POST /api/v1/auth/token (or /auth/tokens), sent as `Authorization: Bearer <token>`.",
                },
                [CookieScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = AuthSetup.CookieName,
                    Description = "The browser session cookie set by POST /api/v1/auth/sign-in.",
                },
                [AntiforgeryScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header,
                        Name = AntiforgeryForCookies.HeaderName,
                    Description = "With the cookie, on every change: the token from GET /api/v1/auth/antiforgery.",
                },
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Security = [];
                return Task.CompletedTask;
            }

            var changes = !HttpMethods.IsGet(context.Description.HttpMethod ?? "GET");
            var document = context.Document;
            var cookie =
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [] };
            if (changes)
            {
                cookie[new OpenApiSecuritySchemeReference(AntiforgeryScheme, document)] = [];
            }

            operation.Security =
                [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] },
                cookie];
            // Any signed-in call may be refused 403 password_change_required (PasswordChangeGate).
            if (operation.Responses?.TryGetValue("401", out var unauthorized) == true)
            {
                operation.Responses.TryAdd("403",
                    new OpenApiResponse { Description = "Forbidden", Content = unauthorized.Content });
            }

            return Task.CompletedTask;
        });
    }
}
