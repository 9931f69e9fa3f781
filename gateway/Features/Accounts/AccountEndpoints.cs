using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Auth;
using CaseConference.Gateway.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>/api/v1/auth: sign-in and sign-out (cookie), bearer tokens for scripts, antiforgery token.</summary>
public static class AccountEndpoints
{
    public sealed record Credentials(string UserName, string Password);

    public sealed record TokenRequest(string UserName, string Password, string Label);

    public sealed record AntiforgeryToken(string Token, string HeaderName);

    public static void MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Sign-in");

        auth.MapPost("/sign-in", async (Credentials body, ISender sender, HttpContext http) =>
        {
            var account = await sender.Send(new SignIn(body.UserName, body.Password));
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principals.For(account, CookieAuthenticationDefaults.AuthenticationScheme));
            return TypedResults.Ok(account);
        }).AllowAnonymous().WithSummary("Sign in with user name and password; sets the HttpOnly session cookie").Problems(429);

        auth.MapPost("/token", async (TokenRequest body, ISender sender) =>
        {
            var account = await sender.Send(new SignIn(body.UserName, body.Password));
            return TypedResults.Ok(await sender.Send(new IssueToken(account.UserName, TokenPurpose.Api, body.Label)));
        }).AllowAnonymous().WithSummary("Exchange user name and password for a bearer token (for scripts)").Problems(422, 429);

        auth.MapPost("/sign-out", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        }).RequireAuthorization().WithSummary("Sign out: the session cookie is removed").Problems();

        auth.MapGet("/antiforgery", (IAntiforgery antiforgery, HttpContext http) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, AntiforgeryForCookies.HeaderName));
        }).AllowAnonymous().WithSummary("The antiforgery token a browser sends in X-CSRF-TOKEN with state-changing requests").Problems();

        auth.MapGet("/me", async (HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new WhoAmI(http.User.Caller(), http.User.UserName()))))
            .RequireAuthorization().WithSummary("Who is signed in, with their current roles").QueryProblems();

        auth.MapGet("/tokens", async (HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ListTokens(http.User.UserName()))))
            .RequireAuthorization().WithSummary("The signed-in account's bearer and calendar tokens").QueryProblems();

        auth.MapPost("/tokens", async (IssueToken.Body body, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new IssueToken(http.User.UserName(), TokenPurpose.Api, body.Label))))
            .RequireAuthorization().WithSummary("Issue a bearer token to the signed-in account (shown once)").CommandProblems();

        auth.MapPost("/calendar-token", async (IssueToken.Body body, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new IssueToken(http.User.UserName(), TokenPurpose.Calendar, body.Label))))
            .RequireAuthorization().WithSummary("Issue a private calendar-feed token: GET /api/v1/calendar/{token}.ics").CommandProblems();

        auth.MapDelete("/tokens/{tokenId:guid}", async (Guid tokenId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new RevokeToken(http.User.UserName(), tokenId));
            return TypedResults.NoContent();
        }).RequireAuthorization().WithSummary("Revoke a bearer or calendar token").CommandProblems();
    }
}
