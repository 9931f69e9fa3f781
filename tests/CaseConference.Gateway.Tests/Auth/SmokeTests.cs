using System.Net;
using System.Net.Http.Json;

namespace CaseConference.Gateway.Tests.Auth;

public sealed class SmokeTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Every_seeded_role_signs_in_and_sees_itself()
    {
        foreach (var role in GatewayWorld.Roles)
        {
            var response = await world.As(role).GetAsync("/api/v1/auth/me");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, role);
            (await response.Read<Features.Accounts.WhoAmI.Me>()).StaffId.ShouldBe(GatewayWorld.StaffId(role));
        }
    }
}
