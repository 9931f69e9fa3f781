using System.Net;
using CaseConference.Gateway.Features.Clients;

namespace CaseConference.Gateway.Tests.Clients;

/// <summary>The agenda's client picker (KK4) asks GET /clients?search= as a person types.</summary>
public sealed class ClientSearchTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task KK4_the_client_picker_finds_a_client_by_part_of_the_name_or_of_the_register_number()
    {
        var byName = await Search("sekretaris", "riyad");
        var slamet = byName.ShouldHaveSingleItem();
        (slamet.Id, slamet.Name, slamet.RegisterNumber).ShouldBe((Slamet, "Slamet Riyadi", "REG-2026-001"));

        (await Search("sekretaris", "reg-2026-00")).ShouldHaveSingleItem().Id.ShouldBe(Slamet);
        (await Search("sekretaris", "  JOKO ")).ShouldHaveSingleItem().RegisterNumber.ShouldBeNull();
        (await Search("sekretaris", "tidak ada")).ShouldBeEmpty();
        var all = await (await world.As("sekretaris").GetAsync("/api/v1/clients")).Read<ListClients.ClientPage>();
        all.Items.Select(c => c.Name).ShouldBe(["Joko", "Siti", "Slamet Riyadi"]);
        all.Total.ShouldBe(3);
    }

    [Fact]
    public async Task TN1_another_pantis_search_finds_none_of_these_clients()
    {
        (await Search(GatewayWorld.Foreign, "Slamet")).ShouldBeEmpty();
    }

    [Fact]
    public async Task KK4_a_search_longer_than_a_short_text_is_refused_naming_the_field()
    {
        var problem = await (await world.As("sekretaris").GetAsync($"/api/v1/clients?search={new string('a', 201)}"))
            .Problem(HttpStatusCode.UnprocessableEntity);
        problem.Fields().ShouldBe(["search"]);
    }

    private static readonly Guid Slamet = new("0d3e0000-0000-4000-8000-000000000201");

    private async Task<List<ListClients.Item>> Search(string role, string text) =>
        (await (await world.As(role).GetAsync($"/api/v1/clients?search={Uri.EscapeDataString(text)}&limit=20"))
            .Read<ListClients.ClientPage>()).Items;
}
