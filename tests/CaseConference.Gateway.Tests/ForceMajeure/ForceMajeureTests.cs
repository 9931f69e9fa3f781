using System.Net;
using CaseConference.Domain.Clients;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Gateway.Features.Clients;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.ForceMajeure;

/// <summary>FM1-FM6 driven through the API only, as a script would.</summary>
public sealed class ForceMajeureTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task FM6_only_the_pimpinan_ratifies_in_session_and_the_formulation_gets_a_new_version()
    {
        var prep = new Prep(world);
        var client = await prep.PlacedClientAsync();
        var kk = await Sessions.PlanUrgentAsync(world);

        // FM1/FM2: proposed by a core member, in force after the three disciplines consent.
        var fm = await prep.ProposalAsync(client);
        foreach (var core in new[] { "peksos", "psikolog", "medis", "peksos" })
        {
            (await world.As(core).Post($"/api/v1/force-majeure/{fm}/consents",
                new { justification = "Demi keselamatan klien." })).EnsureSuccessStatusCode();
        }

        // FM4/FM5: the override shows at once, and the force majeure reaches the next KK's agenda.
        var effective = await (await world.As("peksos").GetAsync($"/api/v1/clients/{client}/formulation"))
            .Read<GetFormulation.Result>();
        effective.Effective.Single(i => i.Number == 1).Status.ShouldBe(EffectiveItemStatus.Postponed);
        ForceMajeureOverride view = null!;
        await Poll.Until(async () =>
        {
            view = await (await world.As("pimpinan").GetAsync($"/api/v1/force-majeure/{fm}"))
                .Read<ForceMajeureOverride>();
            return view.AgendaConferenceId is not null;
        }, TimeSpan.FromSeconds(30), "the force majeure on a KK agenda");
        view.State.ShouldBe(ForceMajeureState.InForce);
        view.AgendaConferenceId.ShouldBe(kk);

        await Sessions.OpenAsync(world, kk);
        var item = (await Sessions.SnapshotAsync(world, kk)).Conference.Agenda.Single(a => a.ForceMajeureId == fm).Id;
        var ratify = new { itemId = item, decision = new { type = "RatifyForceMajeure", forceMajeureId = fm } };
        (await (await world.As("sekretaris").Post($"/api/v1/conferences/{kk}/decisions", ratify))
            .Problem(HttpStatusCode.Forbidden)).Code().ShouldBe("pimpinan_only");
        (await world.As("pimpinan").Post($"/api/v1/conferences/{kk}/decisions", ratify))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var after = await (await world.As("peksos").GetAsync($"/api/v1/clients/{client}/formulation"))
            .Read<GetFormulation.Result>();
        after.Versions.Count.ShouldBe(2);
        after.Versions[^1].ForceMajeureId.ShouldBe(fm);
        after.Overlays.ShouldBeEmpty();
    }
}
