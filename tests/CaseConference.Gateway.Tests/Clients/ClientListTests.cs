using System.Net;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Reviews;
using CaseConference.Gateway.Features.Clients;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.Clients;

/// <summary>Issue 10, the Klien screen: GET /clients filters, sorts and pages on the server with the total.</summary>
public sealed class ClientListTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private readonly Prep prep = new(world);

    [Fact]
    public async Task CL1_the_list_filters_by_stage_and_responsible_peksos_and_names_the_peksos()
    {
        var awaiting = await List("?stage=AwaitingPlacementKk&limit=200");
        awaiting.Items.ShouldContain(c => c.Name == "Slamet Riyadi");
        awaiting.Items.ShouldAllBe(c => c.Stage == ClientStage.AwaitingPlacementKk);
        awaiting.Total.ShouldBe(awaiting.Items.Count);

        var candidates = await List("?stage=candidate");
        candidates.Items.Select(c => c.Name).ShouldContain("Siti");
        candidates.Items.ShouldAllBe(c => c.Stage == ClientStage.Candidate);

        var rina = GatewayWorld.StaffId("peksos");
        var hers = await List($"?peksosId={rina}&limit=200");
        hers.Items.ShouldContain(c => c.Name == "Slamet Riyadi" && c.PeksosName == "Mbak Rina Lestari");
        hers.Items.ShouldAllBe(c => c.PeksosId == rina);
        hers.Items.ShouldNotContain(c => c.Name == "Joko");
    }

    [Fact]
    public async Task CL1_a_stage_move_and_a_peksos_assignment_before_placement_reach_the_list()
    {
        var client = await prep.ClientAsync();
        await prep.MoveAsync(client, "Candidate", "InSelection");

        await Poll.Until(async () => (await List("?stage=InSelection&limit=200")).Items.Any(c => c.Id == client),
            TimeSpan.FromSeconds(10), "the client in selection on the list");
    }

    [Fact]
    public async Task RV1_a_placed_client_has_its_review_due_date_and_status_and_the_review_filter_finds_it()
    {
        var placed = await prep.PlacedClientAsync();

        await Poll.Until(async () => (await List("?review=Ok&limit=200")).Items.Any(c => c.Id == placed),
            TimeSpan.FromSeconds(10), "the placed client with a review on time");
        var row = (await List("?review=Ok&limit=200")).Items.Single(c => c.Id == placed);
        row.ReviewStatus.ShouldBe(ReviewStatus.Ok);
        row.ReviewDueOn.ShouldNotBeNull().ShouldBeGreaterThan(DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(2)));
        (await List("?review=NotScheduled&limit=200")).Items.ShouldNotContain(c => c.Id == placed);
        (await List("?review=NotScheduled&limit=200")).Items.ShouldContain(c => c.Name == "Joko");

        var byDue = (await List("?sort=ReviewDue&limit=200")).Items;
        byDue[0].ReviewDueOn.ShouldNotBeNull();
        byDue[^1].ReviewDueOn.ShouldBeNull();
    }

    [Fact]
    public async Task Issue10_pages_follow_the_order_asked_without_overlap_and_carry_the_total()
    {
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await prep.ClientAsync();
        }

        var all = await List("?sort=Name&order=desc&limit=200");
        all.Items.Select(c => c.Name)
            .ShouldBe(all.Items.Select(c => c.Name).OrderByDescending(n => n, StringComparer.OrdinalIgnoreCase));
        var first = await List("?sort=Name&order=desc&limit=2");
        var second = await List("?sort=Name&order=desc&offset=2&limit=2");
        (first.Total, first.Offset, first.Limit).ShouldBe((all.Total, 0, 2));
        first.Items.Concat(second.Items).Select(c => c.Id).ShouldBe(all.Items.Take(4).Select(c => c.Id));
        (await List($"?offset={all.Total}")).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Finding12_filters_sort_and_paging_take_names_and_sane_numbers_only_naming_the_field()
    {
        foreach (var (query, field) in new[]
        {
            ("?stage=5", "stage"), ("?stage=Prospect,Candidate", "stage"), ("?review=Late", "review"),
                ("?sort=Age", "sort"),
            ("?order=up", "order"), ("?limit=0", "limit"), ("?limit=201", "limit"), ("?offset=-1", "offset"),
            ($"?peksosId={Guid.Empty}", "peksosId"),
        })
        {
            var problem = await (await world.As("sekretaris").GetAsync($"/api/v1/clients{query}"))
                .Problem(HttpStatusCode.UnprocessableEntity);
            problem.Fields().ShouldBe([field], query);
        }
    }

    [Fact]
    public async Task TN1_another_pantis_list_holds_none_of_these_clients()
    {
        var foreign = await (await world.As(GatewayWorld.Foreign).GetAsync("/api/v1/clients?limit=200"))
            .Read<ListClients.ClientPage>();
        foreign.Items.ShouldNotContain(c => c.Name == "Slamet Riyadi");
    }

    private async Task<ListClients.ClientPage> List(string query) =>
        await (await world.As("sekretaris").GetAsync($"/api/v1/clients{query}")).Read<ListClients.ClientPage>();
}
