using System.Net.Http.Headers;
using CaseConference.Contracts.Accounts;
using CaseConference.Domain.Staff;
using CaseConference.Gateway.Tests.Auth;

namespace CaseConference.Gateway.Tests.Trust;

/// <summary>A staff member the pimpinan registers with a sign-in account, outside the demo's core team.</summary>
public static class Newcomer
{
    public static async Task<(Guid StaffId, HttpClient Client)> SignedInAsync(GatewayWorld world,
        params StaffRole[] roles)
    {
        var pimpinan = world.As("pimpinan");
        var member = await (await pimpinan.Post("/api/v1/panti/staff", new { name = "Pegawai Baru", roles }))
            .Read<StaffMember>();
        var userName = $"n{Guid.NewGuid():N}"[..20];
        // Finding 8: the pimpinan gets a one-time password, which its owner changes at first sign-in.
        var created = await (await pimpinan.Post($"/api/v1/panti/staff/{member.Id}/account", new { userName }))
            .Read<OneTimePassword>();
        var browser = world.Browser();
        (await browser.Post("/api/v1/auth/sign-in", new { pantiCode = GatewayWorld.PantiCode, userName,
            password = created.Password })).EnsureSuccessStatusCode();
        (await browser.SendWithAntiforgery(HttpMethod.Put, "/api/v1/auth/password",
            new { currentPassword = created.Password, newPassword = Browsers.NewPassword }))
            .EnsureSuccessStatusCode();
        var token = await (await world.Anonymous().Post("/api/v1/auth/token", new { pantiCode = GatewayWorld.PantiCode,
            userName, password = Browsers.NewPassword, label = "tests" })).Read<IssuedToken>();
        var client = world.Gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return (member.Id, client);
    }
}
