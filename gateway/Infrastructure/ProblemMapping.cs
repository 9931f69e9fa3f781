using System.Text.Json;
using System.Text.RegularExpressions;
using CaseConference.Contracts;
using CaseConference.Domain;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// Turns every failure into an RFC 9457 problem. Client mistakes and rule refusals are 4xx with a
/// stable <c>code</c>; an unavailable dependency is a 503 (<see cref="Unavailability"/>); only what
/// remains is a 500, and that is always a bug to fix.
/// </summary>
public sealed partial class ProblemMapping(IProblemDetailsService problems,
    ILogger<ProblemMapping> logger) : IExceptionHandler
{
    // System.Text.Json names what is missing only in its message; the runtime's text is English.
    [GeneratedRegex("missing required properties including: (?<names>.*)$")]
    private static partial Regex MissingRequiredPattern();

    private static Regex MissingRequired => MissingRequiredPattern();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedName();

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception,
        CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled failure on {Method} {Path}", http.Request.Method,
                SecretFreeLogging.SafePath(http.Request.Path));
            return false;
        }

        http.Response.StatusCode = problem.Status!.Value;
        Unavailability.AddRetryAfter(http.Response, problem);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem,
            Exception = exception });
    }

    public static ProblemDetails? Map(Exception exception) => exception switch
    {
        RefusedException { Code: IfMatch.StaleCode } r =>
            Coded(StatusCodes.Status412PreconditionFailed, r.Code, r.Message),
        RefusedException { Code: IfMatch.RequiredCode } r =>
            Coded(StatusCodes.Status428PreconditionRequired, r.Code, r.Message),
        // The problem names the header, as a field refusal names its field.
        RefusedException { Code: IdempotentRequest.ReusedCode } r =>
            Fields(StatusCodes.Status409Conflict, r.Code, r.Message,
            new Dictionary<string, string[]> { [IdempotentRequest.Header] =
                ["was sent before with a different request."] }),
        RefusedException r => Refusal(r.Kind, r.Code, r.Message),
        DomainException d => Refusal(d.Kind, d.Code, d.Message),
        RequestValidationException v =>
            Fields(StatusCodes.Status422UnprocessableEntity, v.Code, "Some fields are invalid.", v.Errors),
        PreconditionException p => Coded(p.Status, p.Code, p.Message),
        UnauthorizedAccessException => Coded(StatusCodes.Status401Unauthorized, "not_signed_in", "Sign in first."),
        AntiforgeryValidationException => Coded(StatusCodes.Status400BadRequest, "antiforgery_token_invalid",
            "Send the antiforgery token from GET /api/v1/auth/antiforgery in the X-CSRF-TOKEN header."),
        BadHttpRequestException b => BadRequest(b),
        // A Content-Type charset .NET does not know (charset=nonsense) fails body binding this way.
        InvalidOperationException { InnerException: ArgumentException } i when i.Message.Contains("charset",
            StringComparison.Ordinal) =>
            Coded(StatusCodes.Status415UnsupportedMediaType, "unsupported_charset", "Send the body as JSON in UTF-8."),
        JsonException j => Malformed(j),
        // System.Text.Json refuses an abstract type (a decision) without its "type" discriminator this way.
        NotSupportedException n when n.Message.Contains("abstract", StringComparison.OrdinalIgnoreCase) =>
            Fields(StatusCodes.Status400BadRequest, "malformed_body", "The body does not match the expected shape.",
                new Dictionary<string, string[]> { ["type"] =
                    ["names which kind of value this is, and is required."] }),
        // Two writes of one grain raced (a failover moment); nothing was half-written, so the client retries.
        Orleans.Storage.InconsistentStateException => Coded(StatusCodes.Status409Conflict, "concurrent_change",
            "Someone changed this at the same moment; retry."),
        OperationCanceledException => Coded(499, "cancelled", "The request was cancelled."),
        _ => Unavailability.Map(exception),
    };

    public static ProblemDetails Refusal(RefusalKind kind, string code, string message) => Coded(kind switch
    {
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    }, code, message);

    public static ProblemDetails Coded(int status, string code, string detail)
    {
        var problem = new ProblemDetails { Status = status, Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }

    private static ProblemDetails BadRequest(BadHttpRequestException b) =>
        b.InnerException is JsonException j ? Malformed(j) : b.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => Coded(b.StatusCode, "body_too_large", "The request body is too large."),
        StatusCodes.Status415UnsupportedMediaType =>
            Coded(b.StatusCode, "unsupported_media_type",
                $"Send the body as {ProblemWriting.JsonType} (Content-Type: {ProblemWriting.JsonType})."),
        StatusCodes.Status431RequestHeaderFieldsTooLarge =>
            Coded(b.StatusCode, "headers_too_large",
                $"The request headers are over {RequestLimits.MaxHeaderBytes / 1024} kB in total."),
        _ => Coded(b.StatusCode, "bad_request", b.Message),
    };

    /// <summary>
    /// Malformed JSON or a wrong type: 400 naming the field at the JSON path where reading stopped.
    /// A required field that is missing is a 422 naming each one (see <see cref="ApiJson"/>).
    /// </summary>
    private static ProblemDetails Malformed(JsonException j)
    {
        var at = string.IsNullOrEmpty(j.Path) || j.Path == "$" ? "" : j.Path.TrimStart('$', '.');
        if (MissingRequired.Match(j.Message) is { Success: true } missing)
        {
            var fields = QuotedName().Matches(missing.Groups["names"].Value)
                .Select(m => m.Groups[1].Value)
                .Distinct()
                .ToDictionary(n => at.Length == 0 ? n : $"{at}.{n}", _ => new[] { "is required." });
            return Fields(StatusCodes.Status422UnprocessableEntity, "invalid_fields",
                "Some required fields are missing.", fields);
        }

        var field = at.Length == 0 ? "body" : at;
        var message = j is EnumNameException e ? $"must be one of: {string.Join(", ", e.Names)}."
            : "has the wrong type or is not valid JSON.";
        return Fields(StatusCodes.Status400BadRequest, "malformed_body",
            "The body is not valid JSON of the expected shape.",
            new Dictionary<string, string[]> { [field] = [message] });
    }

    private static ProblemDetails Fields(int status, string code, string detail, IDictionary<string, string[]> errors)
    {
        var problem = new ValidationProblemDetails(errors) { Status = status, Detail = detail,
            Title = "Invalid request" };
        problem.Extensions["code"] = code;
        return problem;
    }
}
