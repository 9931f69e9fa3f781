using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// Finding 13: every refusal is RFC 9457 problem JSON, whatever the client's Accept. ASP.NET
/// Core's own writer declines when Accept names only another type (application/xml); the
/// exception handler then found no writer and answered an empty 500. This writer, registered after
/// the default one, takes whatever it declines. Every problem gets a <c>type</c>, an
/// <c>instance</c> (the request path, secrets redacted) and a <c>code</c>, also the bodiless status
/// answers that status-code pages fill in (unknown routes, 405, 415).
/// </summary>
public static class ProblemWriting
{
    public const string JsonType = "application/json";

    public static IServiceCollection AddProblemWriting(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Complete);
        services.AddSingleton<IProblemDetailsWriter, AlwaysJsonProblemWriter>();
        return services;
    }

    private static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        // RFC 9457 §4.2.1: about:blank when the status says all there is; ASP.NET Core sets RFC 9110 links for the
        // common ones.
        problem.Type ??= "about:blank";
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
        problem.Instance ??= SecretFreeLogging.SafePath(context.HttpContext.Request.Path);
        problem.Extensions.TryAdd("code", StatusCode(status));
        if (status == StatusCodes.Status415UnsupportedMediaType)
        {
            // Every body this API reads is JSON; routing refuses any other Content-Type before a handler runs.
            problem.Detail ??= $"Send the body as {JsonType} (Content-Type: {JsonType}).";
            problem.Extensions.TryAdd("expected", JsonType);
        }
    }

    private static string StatusCode(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "bad_request",
        StatusCodes.Status401Unauthorized => "not_signed_in",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not_found",
        StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
        StatusCodes.Status406NotAcceptable => "not_acceptable",
        StatusCodes.Status413PayloadTooLarge => "body_too_large",
        StatusCodes.Status415UnsupportedMediaType => "unsupported_media_type",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "headers_too_large",
        _ => $"http_{status}",
    };

    private sealed class AlwaysJsonProblemWriter(IOptions<ProblemDetailsOptions> options,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IProblemDetailsWriter
    {
        public bool CanWrite(ProblemDetailsContext context) => true;

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            options.Value.CustomizeProblemDetails?.Invoke(context);
            var http = context.HttpContext;
            return new ValueTask(http.Response.WriteAsJsonAsync(
                context.ProblemDetails, json.Value.SerializerOptions.GetTypeInfo(context.ProblemDetails.GetType()),
                "application/problem+json", http.RequestAborted));
        }
    }
}
