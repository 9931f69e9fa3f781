using System.Net;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Features.Conferences;

namespace CaseConference.Gateway.Tests.Conferences;

/// <summary>Issue 10, the KK list: GET /conferences filters by state and kind and pages with the total.</summary>
public sealed class ListConferencesTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task KK5_upcoming_kks_filter_by_state_and_kind_and_pages_follow_start_order_with_the_total()
    {
        var planned = new List<Guid>();
        foreach (var minutes in new[] { 50, 40, 45 })
        {
            planned.Add(await Sessions.PlanUrgentAsync(world, DateTimeOffset.UtcNow.AddMinutes(minutes)));
        }

        var urgent = await List("?kind=Urgent&status=Planned&limit=200");
        planned.ShouldAllBe(id => urgent.Items.Any(r => r.Id == id));
        urgent.Items.ShouldAllBe(r => r.Kind == ConferenceKind.Urgent && r.State == ConferenceState.Planned);
        urgent.Items.Select(r => r.Start).ShouldBeInOrder(SortDirection.Ascending);
        urgent.Total.ShouldBe(urgent.Items.Count);
        (await List("?kind=Regular&limit=200")).Items.ShouldNotContain(r => planned.Contains(r.Id));
        (await List("?status=Sealed&limit=200")).Items.ShouldBeEmpty();

        var first = await List("?kind=Urgent&limit=2");
        var second = await List("?kind=Urgent&offset=2&limit=2");
        (first.Total, first.Offset, first.Limit).ShouldBe((urgent.Total, 0, 2));
        first.Items.Concat(second.Items).Select(r => r.Id).ShouldBe(urgent.Items.Take(4).Select(r => r.Id));
        (await List($"?kind=Urgent&offset={urgent.Total}")).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Finding12_when_state_kind_and_paging_take_names_and_sane_numbers_only_naming_the_field()
    {
        foreach (var (query, field) in new[]
        {
            ("?when=soon", "when"), ("?status=1", "status"), ("?status=Planned,Sealed", "status"),
                ("?kind=Emergency", "kind"),
            ("?limit=0", "limit"), ("?limit=201", "limit"), ("?offset=-1", "offset"),
        })
        {
            var problem = await (await world.As("sekretaris").GetAsync($"/api/v1/conferences{query}"))
                .Problem(HttpStatusCode.UnprocessableEntity);
            problem.Fields().ShouldBe([field], query);
        }
    }

    private async Task<ListConferences.ConferencePage> List(string query) =>
        await (await world.As("sekretaris").GetAsync($"/api/v1/conferences{query}"))
            .Read<ListConferences.ConferencePage>();
}
