using CaseConference.Gateway.Infrastructure;

namespace CaseConference.Gateway.Auth;

/// <summary>
/// Finding 8: someone signed in with a one-time password may only change it (and see who they
/// are, or sign out); every other endpoint and hub answers 403 <c>password_change_required</c>.
/// </summary>
public sealed class PasswordChangeGate(RequestDelegate next, IProblemDetailsService problems)
{
    public const string MustChangeClaim = "cc:must-change-password";

    public async Task InvokeAsync(HttpContext http)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint is not null && http.User.HasClaim(c => c.Type == MustChangeClaim)
            && endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null
            && endpoint.Metadata.GetMetadata<AllowedBeforePasswordChange>() is null)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = ProblemMapping.Coded(StatusCodes.Status403Forbidden, "password_change_required",
                    "Change the one-time password first: PUT /api/v1/auth/password."),
            });
            return;
        }

        await next(http);
    }
}

/// <summary>Marks an endpoint usable before a one-time password has been changed.</summary>
public sealed class AllowedBeforePasswordChange
{
    public static readonly AllowedBeforePasswordChange Instance = new();
}

public static class PasswordChangeGateExtensions
{
    public static TBuilder AllowedBeforePasswordChange<TBuilder>(this TBuilder builder) where TBuilder
        : IEndpointConventionBuilder =>
        builder.WithMetadata(Auth.AllowedBeforePasswordChange.Instance);
}
