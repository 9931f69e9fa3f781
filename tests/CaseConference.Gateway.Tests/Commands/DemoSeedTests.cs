using CaseConference.Contracts.Panti;
using CaseConference.Gateway.Commands;
using CaseConference.Gateway.Features.Clients;

namespace CaseConference.Gateway.Tests.Commands;

/// <summary>seed-demo runs on every start of ./run.sh, so running it again must change nothing.</summary>
public sealed class DemoSeedTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Seeding_the_demo_twice_changes_nothing()
    {
        var profile = await world.Cluster.Client.GetGrain<IPantiGrain>(DemoSeed.PantiId).ProfileForSystem();
        var clients = (await (await world.As("pimpinan").GetAsync("/api/v1/clients")).Read<ListClients.ClientPage>())
            .Items;

        (await DemoSeed.RunAsync(world.Cluster.Client, TextWriter.Null)).ShouldBe(0);

        var again = await world.Cluster.Client.GetGrain<IPantiGrain>(DemoSeed.PantiId).ProfileForSystem();
        again.Staff.Count.ShouldBe(profile.Staff.Count);
        again.CoreTeam.Members.Count.ShouldBe(3);
        (await (await world.As("pimpinan").GetAsync("/api/v1/clients")).Read<ListClients.ClientPage>())
            .Items.Count.ShouldBe(clients.Count);
    }
}
