using System.Net;

namespace CaseConference.Gateway.Tests.Conferences;

/// <summary>KK4/KK9: a person defers with a reason; the ground of a deferral is the system's to record.</summary>
public sealed class DeferralTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task KK9_a_deferral_sent_with_the_systems_ground_is_refused_naming_the_field()
    {
        var response = await world.As("sekretaris").Post($"/api/v1/conferences/{Guid.NewGuid()}/decisions",
            new { itemId = Guid.NewGuid(),
                decision = new { type = "Defer", reason = "Ditunda.", ground = "LateCaseSummary" } }, "\"1\"");

        var problem = await response.Problem(HttpStatusCode.UnprocessableEntity);
        problem.Fields().ShouldBe(["decision.ground"]);
    }
}
