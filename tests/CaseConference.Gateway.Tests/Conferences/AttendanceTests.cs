using System.Net;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.Conferences;

/// <summary>KK8: attendance for everyone in one request, and what opening needs shown before it.</summary>
public sealed class AttendanceTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private HttpClient Secretary => world.As("sekretaris");

    [Fact]
    public async Task KK8_attendance_for_everyone_is_one_request_one_change_and_one_new_etag()
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        var etag = await Sessions.ETagAsync(world, kk);
        var before = (await Sessions.SnapshotAsync(world, kk)).Version;

        var response = await Secretary.Put($"/api/v1/conferences/{kk}/attendance", new
        {
            entries = new object[]
            {
                new { staffId = GatewayWorld.StaffId("sekretaris"), mode = "Present" },
                new { staffId = GatewayWorld.StaffId("peksos"), mode = "Present" },
                new { staffId = GatewayWorld.StaffId("psikolog"), mode = "Present" },
                new { staffId = GatewayWorld.StaffId("medis"), mode = "Delegate", detail = "Bu Sari (perawat)" },
                new { staffId = GatewayWorld.StaffId("anggota"), mode = "Absent",
                    detail = "Rapat di Dinsos provinsi." },
                new { staffId = GatewayWorld.StaffId("pimpinan"), mode = "WrittenInput",
                    detail = "Setuju penempatan." },
            },
        }, etag);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        var snapshot = await Sessions.SnapshotAsync(world, kk);
        snapshot.Conference.Attendance.Count.ShouldBe(6);
        snapshot.Version.ShouldBe(before + 6);
        response.Headers.ETag!.Tag.ShouldBe($"\"{snapshot.Version}\"");
    }

    [Fact]
    public async Task KK8_a_bad_entry_refuses_the_whole_request_naming_its_index_and_field()
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        var etag = await Sessions.ETagAsync(world, kk);

        var invalid = await Secretary.Put($"/api/v1/conferences/{kk}/attendance", new
        {
            entries = new object[]
            {
                new { staffId = GatewayWorld.StaffId("peksos"), mode = "Present" },
                new { staffId = GatewayWorld.StaffId("medis"), mode = "Absent" },
            },
        }, etag);
        (await invalid.Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldBe(["entries[1].detail"]);

        var outsider = await Secretary.Put($"/api/v1/conferences/{kk}/attendance", new
        {
            entries = new object[]
            {
                new { staffId = GatewayWorld.StaffId("peksos"), mode = "Present" },
                new { staffId = GatewayWorld.StaffId("staf"), mode = "Present" },
            },
        }, etag);
        var problem = await outsider.Problem(HttpStatusCode.NotFound);
        problem.Code().ShouldBe("participant_not_found");
        problem["detail"]!.GetValue<string>().ShouldStartWith("entries[1]:");

        (await Sessions.SnapshotAsync(world, kk)).Conference.Attendance.ShouldBeEmpty();
    }

    [Fact]
    public async Task KK8_attendance_for_everyone_needs_if_match_and_refuses_a_stale_one()
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        var body = new { entries = new[] { new { staffId = GatewayWorld.StaffId("peksos"), mode = "Present" } } };

        (await (await Secretary.Put($"/api/v1/conferences/{kk}/attendance", body)).Problem((HttpStatusCode)428))
            .ShouldNotBeNull();
        (await (await Secretary.Put($"/api/v1/conferences/{kk}/attendance", body, "\"1\""))
            .Problem(HttpStatusCode.PreconditionFailed)).ShouldNotBeNull();
    }

    [Fact]
    public async Task KK2_KK8_readiness_shows_the_chair_in_turn_once_the_quorum_holds_and_that_chair_opens()
    {
        var kk = await Sessions.PlanUrgentAsync(world);
        var empty = await (await Secretary.GetAsync($"/api/v1/conferences/{kk}/readiness")).Read<SessionReadiness>();
        empty.QuorumHolds.ShouldBeFalse();

        await Sessions.AttendAsync(world, kk);
        var readiness = await (await Secretary.GetAsync($"/api/v1/conferences/{kk}/readiness"))
            .Read<SessionReadiness>();

        readiness.QuorumHolds.ShouldBeTrue();
        readiness.CoreMembersPresent.ShouldBe(3);
        var chair = GatewayWorld.Roles.Single(r => readiness.ChairIds.Contains(GatewayWorld.StaffId(r)));
        var opened = await world.As(chair).Post($"/api/v1/conferences/{kk}/open",
            new { lateItemRulings = Array.Empty<object>() });
        opened.StatusCode.ShouldBe(HttpStatusCode.NoContent, await opened.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_agenda_clients_are_named_with_their_register_numbers()
    {
        var prep = new Prep(world);
        var client = await prep.AwaitingPlacementAsync();
        var (kk, _) = await prep.KkWithItemAsync(client, open: false);

        var clients = await (await Secretary.GetAsync($"/api/v1/conferences/{kk}/clients")).Read<List<JsonClient>>();

        var named = clients.ShouldHaveSingleItem();
        named.ClientId.ShouldBe(client);
        named.Name.ShouldNotBeNullOrWhiteSpace();
        named.RegisterNumber.ShouldNotBeNullOrWhiteSpace();
    }

    public sealed record JsonClient(Guid ClientId, string Name, string? RegisterNumber);
}
