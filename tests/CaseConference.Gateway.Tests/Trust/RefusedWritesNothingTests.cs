using System.Net;
using CaseConference.Contracts.Clients;
using CaseConference.Domain.Staff;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.Trust;

/// <summary>Finding 9: a refused command writes nothing, on every create path.</summary>
public sealed class RefusedWritesNothingTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Finding09_a_peksos_outside_the_core_team_opens_a_case_and_is_told_so_without_reading_it()
    {
        var (_, peksos) = await Newcomer.SignedInAsync(world, StaffRole.Peksos);

        var response = await peksos.Post("/api/v1/clients", new { name = "Wawan", where = "Stasiun Senen" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var opened = await response.Read<OpenedClient>();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/clients/{opened.Id}");

        (await (await peksos.GetAsync($"/api/v1/clients/{opened.Id}")).Problem(HttpStatusCode.Forbidden)).Code()
            .ShouldBe("case_record_confidential");
        (await (await world.As("pimpinan").GetAsync($"/api/v1/clients/{opened.Id}")).Read<CaseRecord>())
            .Client.Name.ShouldBe("Wawan");
    }

    [Fact]
    public async Task Finding09_a_refused_create_writes_nothing_so_the_same_id_is_still_free()
    {
        var prep = new Prep(world);
        var placed = await prep.PlacedClientAsync();
        var creates = new (string Refused, string Allowed, string Url, Func<Guid, object> Body)[]
        {
            ("staf", "peksos", "/api/v1/clients", id => new { id, name = "Tidak Boleh", where = "Pasar" }),
            ("sekretaris", "pimpinan", "/api/v1/conferences/urgent", id =>
                new { id, start = DateTimeOffset.UtcNow.AddDays(3), reason = "Darurat." }),
            ("anggota", "peksos", "/api/v1/force-majeure", id =>
                new { id, clientId = placed, itemNumber = 1, kind = "Postpone", reason = "Sakit." }),
            ("sekretaris", "pimpinan", "/api/v1/panti/staff", id =>
                new { id, name = "Tidak Boleh", roles = new[] { "Staf" } }),
        };

        // Had the refused call written anything under the id, the allowed one would get 409.
        foreach (var (refused, allowed, url, body) in creates)
        {
            var id = Guid.NewGuid();
            (await world.As(refused).Post(url, body(id))).StatusCode.ShouldBe(HttpStatusCode.Forbidden,
                $"{refused} {url}");
            (await world.As(allowed).Post(url, body(id))).StatusCode.ShouldBe(HttpStatusCode.Created,
                $"{allowed} {url} after a refusal");
        }
    }
}
