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
    /// <summary>
    /// Finding 11: a user name is unique only within its panti, so sign-in names the panti by its sign-in code.
    /// </summary>
    public sealed record Credentials(string PantiCode, string UserName, string Password) : SignInThrottle.INamed;

    public sealed record TokenRequest(string PantiCode, string UserName, string Password, string Label,
        int? ExpiresInDays = null) : SignInThrottle.INamed;

    public sealed record AntiforgeryToken(string Token, string HeaderName);

    public static void MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Sign-in");

        auth.MapPost("/sign-in", async (Credentials body, ISender sender, HttpContext http) =>
        {
            var account = await sender.Send(new SignIn(body.PantiCode, body.UserName, body.Password));
            var session = await sender.Send(new StartSession(account.Key()));
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                Principals.For(session, CookieAuthenticationDefaults.AuthenticationScheme));
            return TypedResults.Ok(session.Account);
        }).AllowAnonymous().ThrottledSignIn().WithName("SignIn").WithSummary(
            "Sign in with panti code, user name and password; sets the HttpOnly session cookie").Problems(429);

        auth.MapPost("/token", async (TokenRequest body, ISender sender) =>
        {
            var account = await sender.Send(new SignIn(body.PantiCode, body.UserName, body.Password));
            return TypedResults.Ok(
                await sender.Send(new IssueToken(account.Key(), TokenPurpose.Api, body.Label, body.ExpiresInDays)));
        }).AllowAnonymous().ThrottledSignIn().WithName("IssueTokenWithPassword").WithSummary(
            "Exchange panti code, user name and password for a bearer token (for scripts)").Problems(422, 429);

        auth.MapPost("/sign-out", async (HttpContext http, ISender sender) =>
        {
            await sender.Send(new SignOut(http.User.Account(), http.User.Credential()));
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        }).RequireAuthorization().AllowedBeforePasswordChange()
            .WithName("SignOut").WithSummary(
                "Sign out: the browser session ends on every gateway, live connections included").Problems();

        auth.MapGet("/antiforgery", (IAntiforgery antiforgery, HttpContext http) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, AntiforgeryForCookies.HeaderName));
        }).AllowAnonymous().WithName("GetAntiforgeryToken").WithSummary(
            "The antiforgery token a browser sends in X-CSRF-TOKEN with state-changing requests").Problems();

        auth.MapGet("/me", async (HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new WhoAmI(http.User.Caller(), http.User.Account()))))
            .RequireAuthorization().AllowedBeforePasswordChange()
            .WithName("WhoAmI")
            .WithSummary(
            "Who is signed in: roles, panti and its time zone, language, whether the password must be changed")
            .QueryProblems();

        auth.MapPut("/me/language", async (SetLanguage.Body body, HttpContext http, ISender sender) =>
        {
            await sender.Send(new SetLanguage(http.User.Account(), body.Language));
            return TypedResults.NoContent();
        }).RequireAuthorization().AllowedBeforePasswordChange().WithName("SetLanguage")
            .WithSummary("Choose the web app's language: id or en").CommandProblems();

        auth.MapPut("/password", async (ChangePassword.Body body, HttpContext http, ISender sender) =>
        {
            var session = http.User.Credential() is { Kind: CredentialKind.Session } current ? current.Id : (Guid?)null;
            await sender.Send(new ChangePassword(http.User.Account(), body.CurrentPassword, body.NewPassword, session));
            return TypedResults.NoContent();
        }).RequireAuthorization().AllowedBeforePasswordChange().ThrottledSignIn()
            .WithName("ChangePassword")
            .WithSummary("Change your own password (at least 10 characters, not the user name, not a common one)")
            .CommandProblems();

        auth.MapGet("/tokens", async (HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ListTokens(http.User.Account()))))
            .RequireAuthorization().WithName("ListTokens")
            .WithSummary("The signed-in account's bearer and calendar tokens").QueryProblems();

        auth.MapPost("/tokens", async (IssueToken.Body body, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new IssueToken(http.User.Account(), TokenPurpose.Api,
                body.Label, body.ExpiresInDays))))
            .RequireAuthorization().WithName("IssueToken")
            .WithSummary("Issue a bearer token to the signed-in account (shown once; expires, default 90 days)")
            .CommandProblems();

        auth.MapPost("/calendar-token", async (IssueToken.Body body, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new IssueToken(http.User.Account(), TokenPurpose.Calendar,
                body.Label, body.ExpiresInDays))))
            .RequireAuthorization().WithName("IssueCalendarToken")
            .WithSummary("Issue a private calendar-feed token: GET /api/v1/calendar/{token}.ics").CommandProblems();

        auth.MapDelete("/tokens/{tokenId:guid}", async (Guid tokenId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new RevokeToken(http.User.Account(), tokenId));
            return TypedResults.NoContent();
        }).RequireAuthorization().WithName("RevokeToken")
            .WithSummary("Revoke a bearer or calendar token").CommandProblems();

        MapStaffAccounts(api.MapGroup("/panti/staff/{staffId:guid}").WithTags("Panti"));
    }

    /// <summary>The pimpinan's side: a staff member's account, its password reset, deactivation.</summary>
    private static void MapStaffAccounts(RouteGroupBuilder staff)
    {
        staff.MapPost("/account", async (Guid staffId, CreateAccount.Body body, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new CreateAccount(http.User.Caller(), staffId, body.UserName))))
            .WithName("CreateAccount")
            .WithSummary(
            "Give a staff member their one sign-in account with a one-time password, shown once (pimpinan)")
            .CommandProblems();

        staff.MapGet("/account", async (Guid staffId, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new GetStaffAccount(http.User.Caller(), staffId))))
            .WithName("GetStaffAccount").WithSummary(
                "A staff member's account: user name, active, password change pending (pimpinan)").QueryProblems();

        staff.MapPost("/account/password-reset", async (Guid staffId, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ResetPassword(http.User.Caller(), staffId))))
            .WithName("ResetPassword").WithSummary(
                "Reset a staff member's password to a one-time password, shown once (pimpinan)").CommandProblems();

        staff.MapPost("/account/deactivation", async (Guid staffId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new SetAccountActive(http.User.Caller(), staffId, false));
            return TypedResults.NoContent();
        }).WithName("DeactivateAccount").WithSummary(
            "Deactivate a leaver's account: signed out everywhere, tokens revoked (pimpinan)").CommandProblems();

        staff.MapPost("/account/reactivation", async (Guid staffId, HttpContext http, ISender sender) =>
        {
            await sender.Send(new SetAccountActive(http.User.Caller(), staffId, true));
            return TypedResults.NoContent();
        }).WithName("ReactivateAccount")
            .WithSummary("Let a deactivated account sign in again (pimpinan)").CommandProblems();
    }
}
