using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseConference.Gateway.Tests.Authorization;

/// <summary>
/// The authorization matrix over the app's own endpoint list: every endpoint, every role of the
/// demo panti and the pimpinan of another panti, each on fresh state, must get exactly the status
/// <see cref="Matrix"/> says. An endpoint without a line there fails the first test.
/// </summary>
public sealed class AuthorizationMatrixTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public void Every_endpoint_of_the_app_has_a_line_in_the_matrix()
    {
        var endpoints = world.Gateway.Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
            .Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
        var listed = Matrix.Cases.Select(c => c.Endpoint).Concat(Matrix.CoveredElsewhere.Keys).ToHashSet();

        endpoints.Except(listed).ShouldBeEmpty("endpoints without a line in the authorization matrix");
        listed.Except(endpoints).ShouldBeEmpty("matrix lines for endpoints that no longer exist");
    }

    public static TheoryData<string> Endpoints() => [.. Matrix.Cases.Select(c => c.Endpoint)];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_role_and_another_panti_get_what_the_rules_say(string endpoint)
    {
        var line = Matrix.Cases.Single(c => c.Endpoint == endpoint);
        var prep = new Prep(world);
        var failures = new List<string>();
        foreach (var role in GatewayWorld.Roles.Append(GatewayWorld.Foreign))
        {
            var call = await line.Prepare(prep, role);
            var client = call.Anonymous ? world.Anonymous() : world.As(role);
            var response = await client.Send(call.Method, call.Url, call.Body, call.IfMatch);
            var expected = line.Expected(role, call);
            if ((int)response.StatusCode != expected)
            {
                failures.Add(
                    $"{role}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task CL6_the_audit_log_shows_the_pimpinan_every_case_record_read_and_another_panti_none()
    {
        var prep = new Prep(world);
        var client = await prep.ClientAsync();
        (await world.As("psikolog").GetAsync($"/api/v1/clients/{client}")).EnsureSuccessStatusCode();
        var entries = (await (await world.As("pimpinan").GetAsync("/api/v1/audit-log?limit=1000"))
            .Read<Features.Audit.ReadAuditLog.AuditLogPage>()).Items;
        entries.ShouldContain(e =>
            e.SubjectId == client && e.StaffId == GatewayWorld.StaffId("psikolog") && e.Action == "case_record.read");

        var foreign = (await (await world.As(GatewayWorld.Foreign).GetAsync("/api/v1/audit-log?limit=1000"))
            .Read<Features.Audit.ReadAuditLog.AuditLogPage>()).Items;
        foreign.ShouldNotContain(e => e.SubjectId == client);
    }
}
