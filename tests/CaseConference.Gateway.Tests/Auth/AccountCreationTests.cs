using System.Net;
using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.Auth;

/// <summary>Finding 4: one staff member, one account, and a password only its owner knows.</summary>
public sealed class AccountCreationTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Finding04_a_staff_member_with_an_account_cannot_get_a_second_one()
    {
        var staff = await new Prep(world).StaffAsync();
        var pimpinan = world.As("pimpinan");
        var first = await (await pimpinan.Post($"/api/v1/panti/staff/{staff}/account", new { userName = Name("satu") }))
            .Read<OneTimePassword>();
        first.StaffId.ShouldBe(staff);

        var alias = Name("dua");
        var second = await pimpinan.Post($"/api/v1/panti/staff/{staff}/account", new { userName = alias });
        (await second.Problem(HttpStatusCode.Conflict)).Code().ShouldBe("staff_has_account");
        (await world.Anonymous().Post("/api/v1/auth/sign-in",
            new { pantiCode = GatewayWorld.PantiCode, userName = alias, password = first.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Finding04_names_racing_for_one_staff_member_give_exactly_one_account()
    {
        var staff = await new Prep(world).StaffAsync();
        var pimpinan = world.As("pimpinan");
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            pimpinan.Post($"/api/v1/panti/staff/{staff}/account", new { userName = Name($"race{i}") })));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(5);
    }

    [Fact]
    public async Task Finding04_the_pimpinan_does_not_choose_the_password_and_its_owner_must_change_it()
    {
        var staff = await new Prep(world).StaffAsync();
        var userName = Name("baru");
        var created = await (await world.As("pimpinan").Post($"/api/v1/panti/staff/{staff}/account",
            new { userName, password = "pilihan-pimpinan" })).Read<OneTimePassword>();
        created.Password.Length.ShouldBeGreaterThanOrEqualTo(10);
        created.Password.ShouldNotBe("pilihan-pimpinan");

        var anonymous = world.Anonymous();
        (await anonymous.Post("/api/v1/auth/sign-in", new { pantiCode = GatewayWorld.PantiCode, userName,
            password = "pilihan-pimpinan" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var signedIn = await (await anonymous.Post("/api/v1/auth/sign-in",
            new { pantiCode = GatewayWorld.PantiCode, userName, password = created.Password })).Read<AccountInfo>();
        signedIn.MustChangePassword.ShouldBeTrue();
    }

    private static string Name(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];
}
