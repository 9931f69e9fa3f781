using System.Security.Cryptography;
using System.Text;
using CaseConference.Contracts;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// Issue 9: a change endpoint marked <see cref="Idempotent{TBuilder}"/> reads an optional
/// Idempotency-Key (1 to 200 visible ASCII characters, else 422 naming it) and sends it, with a
/// fingerprint of the request, to the grain that makes the change (<see cref="IdempotentRequest"/>).
/// The grain keeps the answer by person and key, so a retry after a timeout or a 503 answers the
/// first answer (status, body, ETag) and changes nothing, even on another gateway or after the
/// grain moved; the same key with another request is 409 idempotency_key_reused.
/// </summary>
public static class IdempotencyKeys
{
    private const int MaxLength = Checks.MaxShortText;

    /// <summary>The body is read again for the fingerprint, so it is kept when a key comes with it.</summary>
    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        if (http.Request.Headers.ContainsKey(IdempotentRequest.Header))
        {
            http.Request.EnableBuffering();
        }

        return next(http);
    });

    public static TBuilder Idempotent<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new IdempotencyMetadata())
            .AddEndpointFilter<TBuilder, IdempotencyEndpointFilter>().Problems(409, 422);

    /// <summary>The request's key, if it sent one; the filter has checked it.</summary>
    public static IdempotentRequest? Of(HttpContext http) => http.Items[typeof(IdempotentRequest)] as IdempotentRequest;

    /// <summary>
    /// A create without a chosen id: the id its key derives (so a retry reaches the same resource), else a new one.
    /// </summary>
    public static Guid NewId(HttpContext http) =>
        Of(http) is { } request ? request.NewId(http.User.Caller().StaffId, http.Request.Path) : Guid.NewGuid();

    internal static bool IsValid(string key) =>
        key.Length is > 0 and <= MaxLength && key.All(c => c is > ' ' and <= '~');

    internal static async Task<string> FingerprintAsync(HttpRequest request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
            var buffer = new byte[16 * 1024];
            for (int read; (read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0;)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    internal static string Invalid => $"must be 1 to {MaxLength} visible ASCII characters, new for each change.";
}

/// <summary>Endpoint metadata: the endpoint honours Idempotency-Key; the document shows the header from this.</summary>
public sealed record IdempotencyMetadata;

/// <summary>Checks the key, fingerprints the request and attaches both to the grain calls the request makes.</summary>
public sealed class IdempotencyEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(IdempotentRequest.Header, out var values))
        {
            return await next(context);
        }

        var key = values.ToString();
        if (!IdempotencyKeys.IsValid(key))
        {
            throw new RequestValidationException(
                new Dictionary<string, string[]> { [IdempotentRequest.Header] = [IdempotencyKeys.Invalid] });
        }

        var request = new IdempotentRequest(key, await IdempotencyKeys.FingerprintAsync(http.Request));
        http.Items[typeof(IdempotentRequest)] = request;
        request.Attach();
        try
        {
            return await next(context);
        }
        finally
        {
            IdempotentRequest.Detach();
        }
    }
}
