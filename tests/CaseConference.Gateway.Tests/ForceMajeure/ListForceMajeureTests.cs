using System.Net;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Gateway.Features.ForceMajeure;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.ForceMajeure;

/// <summary>The force-majeure list follows a force majeure through its KKs (FM5, FM7).</summary>
public sealed class ListForceMajeureTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task FM7_the_list_flags_ratification_overdue_when_its_KK_closes_without_deciding()
    {
        var prep = new Prep(world);
        var client = await prep.PlacedClientAsync();
        var kk = await Sessions.PlanUrgentAsync(world);
        var fm = await prep.ProposalAsync(client);
        foreach (var core in new[] { "peksos", "psikolog", "medis" })
        {
            (await world.As(core).Post($"/api/v1/force-majeure/{fm}/consents",
                new { justification = "Demi keselamatan klien." })).EnsureSuccessStatusCode();
        }

        var placed = await RowWhenAsync(fm, r => r.AgendaConferenceId == kk, "placed on the next KK (FM5)");
        (placed.State, placed.RatificationOverdue, placed.Progress.Met)
            .ShouldBe((ForceMajeureState.InForce, false, true));

        await Sessions.OpenAsync(world, kk);
        var closed = await world.As("sekretaris").Post($"/api/v1/conferences/{kk}/close", null,
            await Sessions.ETagAsync(world, kk));
        closed.StatusCode.ShouldBe(HttpStatusCode.NoContent, await closed.Content.ReadAsStringAsync());

        var overdue = await RowWhenAsync(fm, r => r.RatificationOverdue, "flagged ratification overdue (FM7)");
        overdue.State.ShouldBe(ForceMajeureState.InForce);
        overdue.AgendaConferenceId.ShouldNotBe(kk);
        overdue.ResolvedByConferenceId.ShouldBeNull();
    }

    private async Task<ListForceMajeure.Item> RowWhenAsync(Guid fm, Func<ListForceMajeure.Item, bool> condition,
        string what)
    {
        ListForceMajeure.Item? row = null;
        await Poll.Until(async () =>
        {
            var list = await (await world.As("pimpinan").GetAsync("/api/v1/force-majeure"))
                .Read<List<ListForceMajeure.Item>>();
            row = list.SingleOrDefault(f => f.Id == fm);
            return row is not null && condition(row);
        }, TimeSpan.FromSeconds(30), what);
        return row!;
    }
}
