using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Tests.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Tests.Trust;

/// <summary>Finding 12: enums bind by name only, and a missing required field is a 422 naming it.</summary>
public sealed class InputBindingTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Theory]
    [InlineData("1")]
    [InlineData("99")]
    [InlineData("\"1\"")]
    public async Task Finding12_enum_integer_is_refused_naming_the_field(string mode)
    {
        var (kk, url) = await AttendanceUrlAsync();
        var answer = await Send(HttpMethod.Put, url, $"{{\"mode\": {mode}}}", await Sessions.ETagAsync(world, kk));
        var problem = await answer.Problem(HttpStatusCode.BadRequest);
        problem.Fields().ShouldBe(["mode"]);
        problem["errors"]!["mode"]![0]!.GetValue<string>().ShouldContain("Present");
        (await Sessions.SnapshotAsync(world, kk)).Conference.Attendance.ShouldBeEmpty();
    }

    [Fact]
    public async Task Finding12_enum_comma_list_is_refused_naming_the_field()
    {
        var (kk, url) = await AttendanceUrlAsync();
        var answer = await Send(HttpMethod.Put, url, "{\"mode\": \"Present,Absent\", \"detail\": \"x\"}",
            await Sessions.ETagAsync(world, kk));
        (await answer.Problem(HttpStatusCode.BadRequest)).Fields().ShouldBe(["mode"]);

        var weekday = await Send(HttpMethod.Put, "/api/v1/panti/settings",
            "{\"schedule\": {\"kind\": \"Weekly\", \"weekday\": 99, \"localTime\": \"09:00\", \"startsOn\": \"2027-01-06\"}}", "*", "pimpinan");
        (await weekday.Problem(HttpStatusCode.BadRequest)).Fields().ShouldBe(["schedule.weekday"]);
    }

    [Fact]
    public async Task Finding12_enum_names_bind_in_any_case()
    {
        var (kk, url) = await AttendanceUrlAsync();
        (await Send(HttpMethod.Put, url, "{\"mode\": \"present\"}", await Sessions.ETagAsync(world, kk)))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Sessions.SnapshotAsync(world, kk)).Conference.Attendance.Single().Mode.ShouldBe(AttendanceMode.Present);
    }

    [Fact]
    public async Task Finding12_a_missing_required_field_is_a_422_naming_it()
    {
        var (kk, url) = await AttendanceUrlAsync();
        var noMode = await Send(HttpMethod.Put, url, "{\"detail\": \"Sakit\"}", await Sessions.ETagAsync(world, kk));
        (await noMode.Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldBe(["mode"]);
        (await Sessions.SnapshotAsync(world, kk)).Conference.Attendance.ShouldBeEmpty();

        var staff = await new Prep(world).StaffAsync(Domain.Staff.StaffRole.Peksos);
        var noDiscipline = await Send(HttpMethod.Post, "/api/v1/panti/core-team", $"{{\"staffId\": \"{staff}\"}}",
            role: "pimpinan");
        (await noDiscipline.Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldBe(["discipline"]);

        var client = await new Prep(world).DefinitiveCandidateAsync();
        var registration = JsonSerializer.SerializeToNode(Prep.Registration(), HttpApi.Json)!.AsObject();
        registration.Remove("sex");
        var noSex = await Send(HttpMethod.Put, $"/api/v1/clients/{client}/registration", registration.ToJsonString(),
            role: "staf");
        (await noSex.Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldBe(["sex"]);

        var schedule = await Send(HttpMethod.Put, "/api/v1/panti/settings",
            "{\"schedule\": {\"localTime\": \"09:00\"}}", "*", "pimpinan");
        (await schedule.Problem(HttpStatusCode.UnprocessableEntity)).Fields().Order()
            .ShouldBe(["schedule.kind", "schedule.startsOn", "schedule.weekday"]);
    }

    [Fact]
    public async Task Finding12_a_missing_field_inside_a_list_is_named_by_its_index()
    {
        var (kk, _) = await AttendanceUrlAsync();
        var answer = await Send(HttpMethod.Put, $"/api/v1/conferences/{kk}/attendance",
            $"{{\"entries\": [{{\"staffId\": \"{GatewayWorld.StaffId("medis")}\", \"mode\": \"Present\"}}, {{\"staffId\": \"{GatewayWorld.StaffId("psikolog")}\"}}]}}",
            await Sessions.ETagAsync(world, kk));
        (await answer.Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldBe(["entries[1].mode"]);
    }

    [Fact]
    public void Finding12_hub_arguments_bind_enums_by_name_only_and_require_what_is_not_optional()
    {
        var options = world.Gateway.Services.GetRequiredService<IOptions<JsonHubProtocolOptions>>()
            .Value.PayloadSerializerOptions;
        Should.Throw<JsonException>(() =>
            JsonSerializer.Deserialize<AttendanceEntry>($"{{\"staffId\": \"{Guid.NewGuid()}\", \"mode\": 1}}",
            options));
        Should.Throw<JsonException>(() =>
            JsonSerializer.Deserialize<AttendanceEntry>($"{{\"staffId\": \"{Guid.NewGuid()}\"}}", options));
        JsonSerializer.Deserialize<AttendanceEntry>($"{{\"staffId\": \"{Guid.NewGuid()}\", \"mode\": \"Present\"}}",
            options)!.Mode.ShouldBe(AttendanceMode.Present);
    }

    /// <summary>
    /// Query and route values bind enums through Enum.TryParse, which takes numbers and lists; no
    /// endpoint takes an enum there, and this keeps it so (bind a string and check it by name).
    /// </summary>
    [Fact]
    public void Finding12_no_query_or_route_parameter_is_an_enum()
    {
        var endpoints = world.Gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var enums =
            from endpoint in endpoints
            from method in endpoint.Metadata.OfType<MethodInfo>()
            from parameter in method.GetParameters()
            where (Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType).IsEnum
                && parameter.GetCustomAttribute<FromBodyAttribute>() is null
            select $"{endpoint.DisplayName}: {parameter.Name}";
        enums.ShouldBeEmpty();
    }

    private async Task<(Guid Kk, string Url)> AttendanceUrlAsync()
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        return (kk, $"/api/v1/conferences/{kk}/attendance/{GatewayWorld.StaffId("medis")}");
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, string json, string? ifMatch = null,
        string role = "sekretaris")
    {
        using var request = new HttpRequestMessage(method,
            url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await world.As(role).SendAsync(request);
    }
}
