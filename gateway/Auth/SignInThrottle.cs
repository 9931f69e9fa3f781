using System.Threading.RateLimiting;
using CaseConference.Gateway.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Auth;

/// <summary>
/// Finding 7: guessing passwords is slowed without locking anyone out. ASP.NET Core's rate limiter
/// allows each client address <see cref="AccountOptions.SignInPerClient"/> sign-ins per window and
/// runs at most <see cref="AccountOptions.SignInConcurrency"/> at once (the rest queue, then are
/// refused), so a flood neither starves other requests nor locks the real owner out: a name is
/// throttled only for the client guessing it (<see cref="AccountOptions.SignInPerNameAndClient"/>,
/// counted per panti code and user name), and an unknown name or code is throttled exactly like an existing one.
/// </summary>
public static class SignInThrottle
{
    public const string ThrottledCode = "sign_in_throttled";
    public const string BusyCode = "sign_in_busy";

    /// <summary>Marks the endpoints that check passwords.</summary>
    public sealed class Marker
    {
        public static readonly Marker Instance = new();
    }

    /// <summary>A request that names the account it signs in to: its panti's code and the user name.</summary>
    public interface INamed
    {
        string PantiCode { get; }

        string UserName { get; }
    }

    public static IServiceCollection AddSignInThrottle(this IServiceCollection services)
    {
        services.AddSingleton(sp => NameLimiter(sp.GetRequiredService<IOptions<AccountOptions>>().Value));
        services.AddRateLimiter(o =>
        {
            o.OnRejected = (context, _) => Reject(context.HttpContext, context.Lease);
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => Throttled(http)
                    ? RateLimitPartition.GetFixedWindowLimiter(Client(http), _ => PerClient(Options(http)))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => Throttled(http)
                    ? RateLimitPartition.GetConcurrencyLimiter("sign-in", _ => Concurrency(Options(http)))
                    : RateLimitPartition.GetNoLimiter("")));
        });
        return services;
    }

    public static TBuilder ThrottledSignIn<TBuilder>(this TBuilder builder) where TBuilder
        : IEndpointConventionBuilder =>
        builder.WithMetadata(Marker.Instance).AddEndpointFilter(async (context, next) =>
        {
            var named = context.Arguments.OfType<INamed>().FirstOrDefault();
            var http = context.HttpContext;
            // A signed-in person proving their current password is counted on their own account,
            // not on one allowance shared by everyone changing a password from that address.
            // Finding 11: an account is the pair (panti code, user name); the same name in two panti is two accounts.
            var account = named is not null
                ? $"{Normalized(named.PantiCode)}:{Normalized(named.UserName)}"
                : $"signed-in:{http.User.AccountOrNull()}";
            using var lease = http.RequestServices.GetRequiredService<PartitionedRateLimiter<string>>()
                .AttemptAcquire($"{Client(http)}|{account}");
            if (!lease.IsAcquired)
            {
                var (windowed, seconds) = RetryAfter(lease);
                return new Rejection(windowed, seconds);
            }

            return await next(context);
        });

    private static PartitionedRateLimiter<string> NameLimiter(AccountOptions options) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = options.SignInPerNameAndClient,
                Window = options.SignInWindow, QueueLimit = 0 }));

    private static FixedWindowRateLimiterOptions PerClient(AccountOptions options) =>
        new() { PermitLimit = options.SignInPerClient, Window = options.SignInWindow, QueueLimit = 0 };

    private static ConcurrencyLimiterOptions Concurrency(AccountOptions options) => new()
    {
        PermitLimit = options.SignInConcurrency, QueueLimit = options.SignInQueue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    };

    private static bool Throttled(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<Marker>() is not null;

    private static AccountOptions Options(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value;

    private static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string Normalized(string? part) => (part ?? "").Trim().ToLowerInvariant();

    private static ValueTask Reject(HttpContext http, RateLimitLease lease)
    {
        var (windowed, seconds) = RetryAfter(lease);
        return Reject(http, windowed, seconds);
    }

    private static (bool Windowed, int Seconds) RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (true, Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)))
            : (false, 1);

    private static async ValueTask Reject(HttpContext http, bool windowed, int seconds)
    {
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var problem = windowed
            ? ProblemMapping.Coded(StatusCodes.Status429TooManyRequests, ThrottledCode,
                $"Too many sign-in attempts from here; try again in {seconds} seconds.")
            : ProblemMapping.Coded(StatusCodes.Status429TooManyRequests, BusyCode,
                "Sign-in is busy; try again in a moment.");
        await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    private sealed class Rejection(bool windowed, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => Reject(httpContext, windowed, seconds).AsTask();
    }
}
