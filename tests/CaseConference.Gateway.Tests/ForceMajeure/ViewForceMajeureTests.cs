using System.Net;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.ForceMajeure;

/// <summary>Finding 10: a force majeure names a client, an item and a new text; CL6 decides who sees them.</summary>
public sealed class ViewForceMajeureTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Finding10_force_majeure_follows_CL6()
    {
        var prep = new Prep(world);
        var (client, _, _) = await prep.PlacementKkAsync(close: true);
        var fm = await prep.ProposalAsync(client);
        var url = $"/api/v1/force-majeure/{fm}";

        foreach (var reader in new[] { "pimpinan", "sekretaris", "peksos", "psikolog", "medis" })
        {
            (await (await world.As(reader).GetAsync(url)).Read<ForceMajeureOverride>()).ClientId.ShouldBe(client,
                reader);
        }

        foreach (var outsider in new[] { "anggota", "staf" })
        {
            var refused = await world.As(outsider).GetAsync(url);
            (await refused.Problem(HttpStatusCode.Forbidden)).Code().ShouldBe("case_record_confidential", outsider);
            (await refused.Content.ReadAsStringAsync()).ShouldNotContain(client.ToString());
            // Consistent with the case record itself.
            (await world.As(outsider).GetAsync($"/api/v1/clients/{client}"))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        await (await world.As(GatewayWorld.Foreign).GetAsync(url)).Problem(HttpStatusCode.NotFound);

        // CL6: a KK participant reads it while the client is on that KK's agenda, and only then.
        var (kk, _) = await prep.KkWithItemAsync(client, open: false);
        (await (await world.As("anggota").GetAsync(url)).Read<ForceMajeureOverride>()).ClientId.ShouldBe(client);
        (await world.As("pimpinan").Post($"/api/v1/conferences/{kk}/cancel", new { reason = "Aula dipakai." },
            await Sessions.ETagAsync(world, kk))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await world.As("anggota").GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var via = $"via force_majeure:{fm}";
        var trail = await AuditTrail.OfAsync(world, client);
        trail.ShouldContain(e => e.Is("psikolog", "case_record.read", $"CoreTeam {via}"));
        trail.ShouldContain(e => e.Is("anggota", "case_record.read", $"ConferenceParticipant {via}"));
        trail.Count(e => e.Is("anggota", "case_record.refused", $"case_record_confidential {via}")).ShouldBe(2);
        trail.ShouldContain(e => e.Is("staf", "case_record.refused", $"case_record_confidential {via}"));
        trail.ShouldContain(e => e.Is("staf", "case_record.refused", "case_record_confidential"));
    }
}
