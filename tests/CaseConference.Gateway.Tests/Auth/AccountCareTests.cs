using System.Net;
using System.Net.Http.Headers;
using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Features.Accounts;

namespace CaseConference.Gateway.Tests.Auth;

/// <summary>Finding 8: password policy, change and reset, deactivation, token expiry, language.</summary>
public sealed class AccountCareTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Theory]
    [InlineData("12345678", "password_too_short")]
    [InlineData("pendek", "password_too_short")]
    [InlineData("1234567890", "password_too_common")]
    [InlineData("password2026!", "password_too_common")]
    [InlineData("Qwertyuiop", "password_too_common")]
    [InlineData("bismillah123", "password_too_common")]
    public async Task Finding08_a_weak_new_password_is_refused_naming_the_field(string weak, string code)
    {
        var (person, browser) = await world.SignedInPersonAsync();
        var refused = await browser.SendWithAntiforgery(HttpMethod.Put, "/api/v1/auth/password",
            new { currentPassword = Browsers.NewPassword, newPassword = weak });

        var problem = await refused.Problem(HttpStatusCode.UnprocessableEntity);
        problem.Code().ShouldBe(code);
        problem.Fields().ShouldBe(["newPassword"]);
        (await world.Anonymous().Post("/api/v1/auth/sign-in",
            new { pantiCode = GatewayWorld.PantiCode, userName = person.UserName, password = Browsers.NewPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Finding08_a_password_containing_the_user_name_or_with_a_wrong_current_one_is_refused()
    {
        var (person, browser) = await world.SignedInPersonAsync();
        var named = await browser.SendWithAntiforgery(HttpMethod.Put, "/api/v1/auth/password",
            new { currentPassword = Browsers.NewPassword, newPassword = person.UserName + "!!" });
        (await named.Problem(HttpStatusCode.UnprocessableEntity)).Code().ShouldBe("password_contains_user_name");

        var wrong = await browser.SendWithAntiforgery(HttpMethod.Put, "/api/v1/auth/password",
            new { currentPassword = "bukan-yang-ini", newPassword = "Teh-manis-sore-9" });
        var problem = await wrong.Problem(HttpStatusCode.UnprocessableEntity);
        problem.Code().ShouldBe("current_password_wrong");
        problem.Fields().ShouldBe(["currentPassword"]);
    }

    [Fact]
    public async Task Finding08_a_one_time_password_must_be_changed_before_anything_else_works()
    {
        var person = await world.NewPersonAsync();
        var browser = world.Browser();
        var signedIn = await (await browser.Post("/api/v1/auth/sign-in", new { pantiCode = GatewayWorld.PantiCode,
            userName = person.UserName, password = person.Password })).Read<AccountInfo>();
        signedIn.MustChangePassword.ShouldBeTrue();

        (await (await browser.GetAsync("/api/v1/clients")).Problem(HttpStatusCode.Forbidden)).Code()
            .ShouldBe("password_change_required");
        (await (await browser.GetAsync("/api/v1/panti")).Problem(HttpStatusCode.Forbidden)).Code()
            .ShouldBe("password_change_required");
        (await (await browser.Post("/hubs/schedule/negotiate?negotiateVersion=1")).Problem(HttpStatusCode.Forbidden))
            .Code().ShouldBe("password_change_required");
        var token = await world.Anonymous().Post("/api/v1/auth/token", new { pantiCode = GatewayWorld.PantiCode,
            userName = person.UserName, password = person.Password, label = "skrip" });
        (await token.Problem(HttpStatusCode.Forbidden)).Code().ShouldBe("password_change_required");
        (await (await browser.GetAsync("/api/v1/auth/me")).Read<WhoAmI.Me>()).MustChangePassword.ShouldBeTrue();

        var same = await browser.SendWithAntiforgery(HttpMethod.Put, "/api/v1/auth/password",
            new { currentPassword = person.Password, newPassword = person.Password });
        (await same.Problem(HttpStatusCode.UnprocessableEntity)).Code().ShouldBe("password_unchanged");
        (await browser.SendWithAntiforgery(HttpMethod.Put, "/api/v1/auth/password",
            new { currentPassword = person.Password, newPassword = Browsers.NewPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await browser.GetAsync("/api/v1/panti")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await browser.GetAsync("/api/v1/auth/me")).Read<WhoAmI.Me>()).MustChangePassword.ShouldBeFalse();
        (await world.Anonymous().Post("/api/v1/auth/sign-in",
            new { pantiCode = GatewayWorld.PantiCode, userName = person.UserName, password = person.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Finding08_the_pimpinan_resets_a_forgotten_password_to_a_one_time_one()
    {
        var (person, _) = await world.SignedInPersonAsync();
        var account = $"/api/v1/panti/staff/{person.StaffId}/account";
        var reset = await (await world.As("pimpinan").Post($"{account}/password-reset")).Read<OneTimePassword>();
        reset.Password.ShouldNotBe(person.Password);
        (await (await world.As("pimpinan").GetAsync(account)).Read<AccountStatus>()).MustChangePassword.ShouldBeTrue();

        var anonymous = world.Anonymous();
        (await anonymous.Post("/api/v1/auth/sign-in", new { pantiCode = GatewayWorld.PantiCode, userName =
            person.UserName, password = Browsers.NewPassword })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var signedIn = await (await anonymous.Post("/api/v1/auth/sign-in", new { pantiCode = GatewayWorld.PantiCode,
            userName = person.UserName, password = reset.Password })).Read<AccountInfo>();
        signedIn.MustChangePassword.ShouldBeTrue();
    }

    [Fact]
    public async Task Finding08_a_deactivated_account_cannot_sign_in_and_its_tokens_stop_until_reactivated()
    {
        var (person, _) = await world.SignedInPersonAsync();
        var script = await ScriptAsync(person.UserName);
        var account = $"/api/v1/panti/staff/{person.StaffId}/account";
        var pimpinan = world.As("pimpinan");

        (await pimpinan.Post($"{account}/deactivation")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await script.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var refused = await world.Anonymous().Post("/api/v1/auth/sign-in",
            new { pantiCode = GatewayWorld.PantiCode, userName = person.UserName, password = Browsers.NewPassword });
        (await refused.Problem(HttpStatusCode.Forbidden)).Code().ShouldBe("account_deactivated");
        (await (await pimpinan.GetAsync(account)).Read<AccountStatus>()).Active.ShouldBeFalse();

        (await pimpinan.Post($"{account}/reactivation")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await script.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await world.Anonymous().Post("/api/v1/auth/sign-in",
            new { pantiCode = GatewayWorld.PantiCode, userName = person.UserName, password = Browsers.NewPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var self = await pimpinan.Post($"/api/v1/panti/staff/{GatewayWorld.StaffId("pimpinan")}/account/deactivation");
        (await self.Problem(HttpStatusCode.Conflict)).Code().ShouldBe("cannot_deactivate_self");
    }

    [Fact]
    public async Task Finding08_tokens_expire_after_90_days_by_default_and_show_when()
    {
        var before = DateTimeOffset.UtcNow;
        var medis = world.As("medis");
        var standard = await (await medis.Post("/api/v1/auth/tokens", new { label = "biasa" })).Read<IssuedToken>();
        standard.ExpiresAt.ShouldBeInRange(before.AddDays(90), DateTimeOffset.UtcNow.AddDays(90));
        var week = await (await medis.Post("/api/v1/auth/tokens", new { label = "seminggu", expiresInDays = 7 }))
            .Read<IssuedToken>();
        week.ExpiresAt.ShouldBeInRange(before.AddDays(7), DateTimeOffset.UtcNow.AddDays(7));

        var listed = await (await medis.GetAsync("/api/v1/auth/tokens")).Read<List<TokenInfo>>();
        listed.Single(t => t.TokenId == week.TokenId).ExpiresAt.ShouldBe(week.ExpiresAt);

        var tooLong = await medis.Post("/api/v1/auth/tokens", new { label = "selamanya", expiresInDays = 4000 });
        var problem = await tooLong.Problem(HttpStatusCode.UnprocessableEntity);
        problem.Code().ShouldBe("token_lifetime_too_long");
        problem.Fields().ShouldBe(["expiresInDays"]);
        (await (await medis.Post("/api/v1/auth/tokens", new { label = "nol", expiresInDays = 0 }))
            .Problem(HttpStatusCode.UnprocessableEntity))
            .Fields().ShouldBe(["expiresInDays"]);
    }

    [Fact]
    public async Task Finding08_who_am_i_tells_the_web_app_the_panti_time_zone_and_the_chosen_language()
    {
        var (_, browser) = await world.SignedInPersonAsync();
        var me = await (await browser.GetAsync("/api/v1/auth/me")).Read<WhoAmI.Me>();
        me.Language.ShouldBe("id");
        me.TimeZone.ShouldBe("Asia/Jakarta");
        me.PantiName.ShouldNotBeNullOrEmpty();
        me.Roles.ShouldNotBeEmpty();

        (await browser.SendWithAntiforgery(HttpMethod.Put, "/api/v1/auth/me/language", new { language = "en" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await browser.GetAsync("/api/v1/auth/me")).Read<WhoAmI.Me>()).Language.ShouldBe("en");
        var unknown = await browser.SendWithAntiforgery(HttpMethod.Put, "/api/v1/auth/me/language",
            new { language = "fr" });
        (await unknown.Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldBe(["language"]);
    }

    private async Task<HttpClient> ScriptAsync(string userName)
    {
        var token = await (await world.Anonymous().Post("/api/v1/auth/token", new { pantiCode = GatewayWorld.PantiCode,
            userName, password = Browsers.NewPassword, label = "skrip" })).Read<IssuedToken>();
        var script = world.Anonymous();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        (await script.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        return script;
    }
}
