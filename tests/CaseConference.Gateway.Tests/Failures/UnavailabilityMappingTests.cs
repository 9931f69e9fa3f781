using System.Net.Sockets;
using CaseConference.Contracts;
using CaseConference.Gateway.Infrastructure;
using Npgsql;
using Orleans.Runtime.Messaging;

namespace CaseConference.Gateway.Tests.Failures;

/// <summary>Issue 9: which failures are 503 (and with which code), and that a database bug stays a 500.</summary>
public sealed class UnavailabilityMappingTests
{
    public static TheoryData<string, Exception> Unavailable => new()
    {
        { UnavailableException.StorageCode, UnavailableException.Storage(new InvalidOperationException("gone")) },
        { UnavailableException.StorageCode,
            new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)) },
        // A grain whose state could not be read on activation: Orleans wraps the driver's exception.
        { UnavailableException.StorageCode, new OrleansException("Error activating grain",
            new NpgsqlException("Exception while reading from stream", new IOException("reset"))) },
        { UnavailableException.ClusterCode, new ConnectionFailedException("Unable to connect to endpoint") },
        { UnavailableException.ClusterCode, new SiloUnavailableException("The target silo became unavailable") },
        { UnavailableException.ClusterCode, new UnavailableException(UnavailableException.ClusterCode, "no silo") },
        { Unavailability.TimeoutCode, new TimeoutException("Response did not arrive on time") },
    };

    [Theory]
    [MemberData(nameof(Unavailable))]
    public void Issue9_storage_and_cluster_failures_are_503_with_retry_after_and_a_stable_code(string code,
        Exception failure)
    {
        var problem = ProblemMapping.Map(failure).ShouldNotBeNull();
        problem.Status.ShouldBe(503);
        problem.Extensions["code"].ShouldBe(code);
        problem.Extensions[Unavailability.RetryAfterKey].ShouldBeOfType<int>().ShouldBeGreaterThan(0);
        problem.Detail!.ShouldContain("same Idempotency-Key");
    }

    [Fact]
    public void Issue9_a_statement_the_database_refuses_is_a_bug_not_unavailability()
    {
        var refused =
            new InvalidOperationException("Storage refused a statement (PostgresException 42601): syntax error");
        ProblemMapping.Map(refused).ShouldBeNull();
    }
}
