using System.Net;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.ForceMajeure;

/// <summary>
/// FM3: a force majeure rejected by an objection goes to the next KK for discussion, placed as FM5 places.
/// </summary>
public sealed class ObjectionTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task FM3_a_rejected_force_majeure_is_placed_on_the_next_KK_not_yet_opened_and_decided_like_any_item()
    {
        var prep = new Prep(world);
        var client = await prep.PlacedClientAsync();
        var kk = await Sessions.PlanUrgentAsync(world);
        var fm = await prep.ProposalAsync(client);
        (await world.As("peksos").Post($"/api/v1/force-majeure/{fm}/consents",
            new { justification = "Demi keselamatan klien." })).EnsureSuccessStatusCode();

        (await world.As("medis").Post($"/api/v1/force-majeure/{fm}/objections",
            new { reason = "Klien masih bisa ikut; bahas di KK." })).EnsureSuccessStatusCode();

        ForceMajeureOverride view = null!;
        await Poll.Until(async () =>
        {
            view = await (await world.As("pimpinan").GetAsync($"/api/v1/force-majeure/{fm}"))
                .Read<ForceMajeureOverride>();
            return view.AgendaConferenceId is not null;
        }, TimeSpan.FromSeconds(30), "the rejected force majeure on a KK agenda");
        view.State.ShouldBe(ForceMajeureState.Rejected);
        view.AgendaConferenceId.ShouldBe(kk);
        var item = (await Sessions.SnapshotAsync(world, kk)).Conference.Agenda.Single(a => a.ForceMajeureId == fm);
        item.Purpose.ShouldBe(AgendaPurpose.RejectedForceMajeure);
        item.AddedAutomatically.ShouldBeTrue();

        await Sessions.OpenAsync(world, kk);
        var ratify = new { itemId = item.Id, decision = new { type = "RatifyForceMajeure", forceMajeureId = fm } };
        (await (await world.As("pimpinan").Post($"/api/v1/conferences/{kk}/decisions", ratify))
            .Problem(HttpStatusCode.Conflict))
            .Code().ShouldBe("force_majeure_not_on_agenda");
        var keep = await world.As("sekretaris").Post($"/api/v1/conferences/{kk}/decisions",
            new { itemId = item.Id, decision = new { type = "KeepFormulation" } });
        keep.StatusCode.ShouldBe(HttpStatusCode.NoContent, await keep.Content.ReadAsStringAsync());
    }
}
