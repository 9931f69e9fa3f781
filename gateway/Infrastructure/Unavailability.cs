using System.Data.Common;
using CaseConference.Contracts;
using Microsoft.AspNetCore.Mvc;
using Orleans.Runtime.Messaging;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// Failures of what the API depends on, not of the request: PostgreSQL unreachable, no silo
/// answering, an answer that did not come in time. Each is a 503 with <c>Retry-After</c> and a
/// stable code; none is a bug, so none is a 500. Whether a change was made before the failure is
/// unknown, so the problem says to retry with the same <c>Idempotency-Key</c>, which makes the
/// retry return the first answer instead of making the change twice.
/// </summary>
public static class Unavailability
{
    public const string TimeoutCode = "cluster_timeout";
    public const string RetryAfterKey = "retryAfterSeconds";
    private const string Retry =
        "Retry after the Retry-After seconds with the same Idempotency-Key: a change that was made is not made twice.";

    public static ProblemDetails? Map(Exception exception) => exception switch
    {
        UnavailableException u => Problem(u.Code, u.Code == UnavailableException.StorageCode ? 5 : 2,
            u.Code == UnavailableException.StorageCode ? "The database is not reachable right now."
                : "The cluster is not reachable right now."),
        TimeoutException =>
            Problem(TimeoutCode, 2, "The cluster did not answer in time; the change may or may not have been made."),
        SiloUnavailableException or ConnectionFailedException or OrleansMessageRejectionException
            or GatewayTooBusyException
            or ClientNotAvailableException =>
                Problem(UnavailableException.ClusterCode, 2, "The cluster is not reachable right now."),
        // The gateway's own queries (audit log, health) fail this way when PostgreSQL is gone.
        DbException { IsTransient: true } or DbException { SqlState: null } =>
            Problem(UnavailableException.StorageCode, 5, "The database is not reachable right now."),
        { InnerException: { } inner } when inner is not RefusedException => Map(inner),
        _ => null,
    };

    /// <summary>Sets <c>Retry-After</c> from a problem made here; other problems are left alone.</summary>
    public static void AddRetryAfter(HttpResponse response, ProblemDetails problem)
    {
        if (problem.Extensions.TryGetValue(RetryAfterKey, out var seconds) && seconds is int s)
        {
            response.Headers.RetryAfter = s.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static ProblemDetails Problem(string code, int retryAfterSeconds, string what)
    {
        var problem = ProblemMapping.Coded(StatusCodes.Status503ServiceUnavailable, code, $"{what} {Retry}");
        problem.Title = "Service Unavailable";
        problem.Extensions[RetryAfterKey] = retryAfterSeconds;
        return problem;
    }
}
