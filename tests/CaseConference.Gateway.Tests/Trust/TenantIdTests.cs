using System.Net;
using CaseConference.Contracts.Conferences;
using CaseConference.Gateway.Commands;

namespace CaseConference.Gateway.Tests.Trust;

/// <summary>
/// Findings 2 and 11 through the API: ids a panti chooses are its own, never another's or the system's.
/// </summary>
public sealed class TenantIdTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Finding02_an_id_chosen_through_the_api_never_lands_on_a_scheduled_kk_id()
    {
        var start = DateTimeOffset.UtcNow.AddDays(200);
        var derived = ScheduledConferenceId.For(DemoSeed.PantiId, start);

        var response = await world.As(GatewayWorld.Foreign).Post("/api/v1/conferences/urgent",
            new { id = derived, start, reason = "Menyerobot." });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.Read<ConferenceSnapshot>();
        created.Conference.Id.ShouldNotBe(derived);
        (await world.As("pimpinan").GetAsync($"/api/v1/conferences/{created.Conference.Id}"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
