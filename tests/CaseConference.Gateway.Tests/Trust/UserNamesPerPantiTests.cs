using System.Net;
using System.Text.Json.Nodes;
using CaseConference.Contracts.Accounts;
using CaseConference.Domain.Staff;
using CaseConference.Gateway.Commands;
using CaseConference.Gateway.Tests.Auth;

namespace CaseConference.Gateway.Tests.Trust;

/// <summary>
/// Finding 11: user names were one global namespace, so creating a name another panti used answered
/// 409 and told that it exists somewhere. An account is now the pair (panti sign-in code, user name).
/// </summary>
public sealed class UserNamesPerPantiTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Finding11_user_names_are_per_panti_two_panti_with_the_same_name_each_sign_in_to_their_own()
    {
        // The demo panti has "sekretaris"; the other panti gives the same name to one of its own.
        var foreign = await AccountInAsync(GatewayWorld.Foreign, "sekretaris");
        var demo = await SignInAsync(GatewayWorld.PantiCode, "sekretaris", DemoSeed.Password);
        var theirs = await SignInAsync(GatewayWorld.ForeignCode, "sekretaris", foreign.Password);

        demo.StatusCode.ShouldBe(HttpStatusCode.OK);
        theirs.StatusCode.ShouldBe(HttpStatusCode.OK);
        var demoAccount = await demo.Read<AccountInfo>();
        var theirAccount = await theirs.Read<AccountInfo>();
        demoAccount.PantiId.ShouldBe(DemoSeed.PantiId);
        demoAccount.StaffId.ShouldBe(GatewayWorld.StaffId("sekretaris"));
        theirAccount.PantiId.ShouldNotBe(DemoSeed.PantiId);
        theirAccount.StaffId.ShouldBe(foreign.StaffId);
        theirAccount.PantiCode.ShouldBe(GatewayWorld.ForeignCode);

        // Each password opens only its own panti's account.
        (await SignInAsync(GatewayWorld.ForeignCode, "sekretaris", DemoSeed.Password))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SignInAsync(GatewayWorld.PantiCode, "sekretaris", foreign.Password))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Finding11_user_names_are_per_panti_creating_a_name_used_in_another_panti_succeeds()
    {
        var name = $"sama-{Guid.NewGuid():N}"[..16];
        var ours = await AccountInAsync("pimpinan", name);
        var theirs = await AccountInAsync(GatewayWorld.Foreign, name);

        ours.UserName.ShouldBe(name);
        theirs.UserName.ShouldBe(name);
        // user_name_taken speaks only of the caller's own panti.
        var staff = await StaffInAsync(GatewayWorld.Foreign);
        var again = await world.As(GatewayWorld.Foreign).Post($"/api/v1/panti/staff/{staff}/account",
            new { userName = name });
        (await again.Problem(HttpStatusCode.Conflict)).Code().ShouldBe("user_name_taken");
    }

    [Fact]
    public async Task Finding11_user_names_are_per_panti_an_unknown_panti_code_answers_like_a_wrong_password()
    {
        var answers = new List<string>();
        foreach (var (code, name, password) in new[]
        {
            (GatewayWorld.PantiCode, "sekretaris", "bukan-sandinya-1"),
            ("tidak-ada-panti", "sekretaris", DemoSeed.Password),
            (GatewayWorld.PantiCode, "tidak-ada-orang", DemoSeed.Password),
            ("x", "sekretaris", DemoSeed.Password),
        })
        {
            var problem = await (await SignInAsync(code, name, password)).Problem(HttpStatusCode.Unauthorized);
            answers.Add($"{problem.Code()}|{problem["title"]}|{problem["detail"]}");
        }

        answers.Distinct().Count().ShouldBe(1, string.Join("\n", answers));
        answers[0].ShouldStartWith("sign_in_failed|");
    }

    [Fact]
    public async Task Finding11_user_names_are_per_panti_a_missing_panti_code_is_a_problem_naming_it()
    {
        var refused = await world.Anonymous().Post("/api/v1/auth/sign-in",
            new { userName = "sekretaris", password = DemoSeed.Password });
        (await refused.Problem(HttpStatusCode.UnprocessableEntity)).Fields().ShouldContain("pantiCode");
    }

    [Fact]
    public async Task Finding11_user_names_are_per_panti_tokens_and_sessions_carry_the_pair()
    {
        var name = $"pasang-{Guid.NewGuid():N}"[..16];
        var ours = await AccountInAsync("pimpinan", name);
        var theirs = await AccountInAsync(GatewayWorld.Foreign, name);
        foreach (var (code, person) in new[] { (GatewayWorld.PantiCode, ours), (GatewayWorld.ForeignCode, theirs) })
        {
            var browser = world.Browser();
            (await browser.Post("/api/v1/auth/sign-in",
                new { pantiCode = code, userName = name, password = person.Password })).EnsureSuccessStatusCode();
            (await browser.SendWithAntiforgery(HttpMethod.Put, "/api/v1/auth/password",
                new { currentPassword = person.Password, newPassword = Browsers.NewPassword }))
                    .EnsureSuccessStatusCode();
            var me = await (await browser.GetAsync("/api/v1/auth/me")).Read<JsonObject>();
            me["pantiCode"]!.GetValue<string>().ShouldBe(code);
            me["staffId"]!.GetValue<Guid>().ShouldBe(person.StaffId);

            var token = await (await browser.SendWithAntiforgery(HttpMethod.Post, "/api/v1/auth/tokens",
                new { label = "skrip" })).Read<IssuedToken>();
            token.Token.ShouldStartWith($"{code}:{name}.");
            var script = world.Anonymous();
            script.DefaultRequestHeaders.Authorization = new("Bearer", token.Token);
            (await (await script.GetAsync("/api/v1/auth/me")).Read<JsonObject>())["staffId"]!.GetValue<Guid>()
                .ShouldBe(person.StaffId);

            var calendar = await (await browser.SendWithAntiforgery(HttpMethod.Post, "/api/v1/auth/calendar-token",
                new { label = "hp" })).Read<IssuedToken>();
            (await world.Anonymous().GetAsync($"/api/v1/calendar/{calendar.Token}.ics"))
                .StatusCode.ShouldBe(HttpStatusCode.OK);

            // Signing out one panti's account ends only that session.
            (await browser.SendWithAntiforgery(HttpMethod.Post, "/api/v1/auth/sign-out")).EnsureSuccessStatusCode();
            (await browser.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task Finding11_user_names_are_per_panti_throttling_counts_each_panti_account_apart()
    {
        var name = $"rem-{Guid.NewGuid():N}"[..16];
        await AccountInAsync("pimpinan", name);
        var theirs = await AccountInAsync(GatewayWorld.Foreign, name);
        await using var gateway = new GatewayFactory(world.Cluster,
            new Dictionary<string, string> { ["Accounts:SignInPerNameAndClient"] = "2" });
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add(GatewayFactory.ClientAddressHeader, "10.11.0.1");
        for (var i = 0; i < 2; i++)
        {
            (await client.Post("/api/v1/auth/sign-in",
                new { pantiCode = GatewayWorld.PantiCode, userName = name, password = "tebakan-" + i }))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await (await client.Post("/api/v1/auth/sign-in",
            new { pantiCode = GatewayWorld.PantiCode, userName = name, password = "tebakan-x" }))
            .Problem(HttpStatusCode.TooManyRequests)).Code().ShouldBe("sign_in_throttled");
        (await client.Post("/api/v1/auth/sign-in",
            new { pantiCode = GatewayWorld.ForeignCode, userName = name, password = theirs.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>
    /// A deployment upgraded from before: a panti without a sign-in code and an account stored under
    /// its bare user name, with a script token and a calendar token. Migration 0032 gives the panti a
    /// code and moves the account's row; its password and both tokens keep working.
    /// </summary>
    [Fact]
    public async Task Finding11_user_names_are_per_panti_stored_accounts_move_with_the_upgrade()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var pantiId = Guid.NewGuid();
        var pimpinanId = Guid.NewGuid();
        var oldName = $"lama-{suffix}";
        const string password = "Warisan-lama-2025";
        var profile = Domain.Panti.PantiProfile.Found(pantiId, $"Panti Warisan {suffix}", "sementara",
            new StaffMember(pimpinanId, "Ibu Lama", [StaffRole.Pimpinan]));
        var panti = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(
            new Grains.Panti.PantiState { Profile = profile }, Storage.JsonStateSerializer.Options))!;
        panti["profile"]!.AsObject().Remove("signInCode");
        var account = new Grains.Accounts.AccountState { PantiId = pantiId, StaffId = pimpinanId };
        account.PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<Grains.Accounts.AccountState>()
            .HashPassword(account, password);
        var now = DateTimeOffset.UtcNow;
        account.Tokens.Add(new(Guid.NewGuid(), TokenPurpose.Api, "skrip lama", Sha256("rahasia-skrip"), now,
            now.AddDays(30)));
        account.Tokens.Add(new(Guid.NewGuid(), TokenPurpose.Calendar, "kalender lama", Sha256("rahasia-kalender"), now,
            now.AddDays(30)));

        var bytes = pantiId.ToByteArray();
        await Execute(
            "INSERT INTO orleans_grain_state (service_id, state_name, n0, n1, key_ext, payload, version) VALUES ($1, 'panti', $2, $3, '', $4::json, 1)",
            world.Cluster.ServiceId, BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8),
                panti.ToJsonString());
        (await world.Cluster.Database.ScalarAsync<long>(
            "SELECT count(*) FROM orleans_grain_state WHERE state_name = 'panti' AND grain_key = $1",
            pantiId.ToString()))
            .ShouldBe(1);
        await Execute(
            "INSERT INTO orleans_grain_state (service_id, state_name, n0, n1, key_ext, payload, version) VALUES ($1, 'account', 0, 0, $2, $3::json, 1)",
            world.Cluster.ServiceId, oldName,
                System.Text.Json.JsonSerializer.Serialize(account, Storage.JsonStateSerializer.Options));

        await UpgradeAsync();
        await UpgradeAsync(); // twice: nothing moves again

        var code = $"panti-warisan-{suffix}";
        (await world.Cluster.Database.ScalarAsync<long>(
            "SELECT count(*) FROM orleans_grain_state WHERE state_name = 'account' AND key_ext = $1", oldName))
            .ShouldBe(0);
        (await world.Cluster.Database.ScalarAsync<long>(
            "SELECT count(*) FROM orleans_grain_state WHERE state_name = 'account' AND key_ext = $1",
            $"{code}:{oldName}")).ShouldBe(1);
        var signedIn = await (await SignInAsync(code, oldName, password)).Read<AccountInfo>();
        signedIn.PantiId.ShouldBe(pantiId);
        signedIn.StaffId.ShouldBe(pimpinanId);

        var script = world.Anonymous();
        script.DefaultRequestHeaders.Authorization = new("Bearer", $"{oldName}.rahasia-skrip");
        var me = await (await script.GetAsync("/api/v1/auth/me")).Read<JsonObject>();
        me["pantiCode"]!.GetValue<string>().ShouldBe(code);
        (await world.Anonymous().GetAsync($"/api/v1/calendar/{oldName}.rahasia-kalender.ics"))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        // A bare name that never had an account stays unknown.
        script.DefaultRequestHeaders.Authorization = new("Bearer", $"tak-pernah-{suffix}.rahasia-skrip");
        (await script.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task UpgradeAsync()
    {
        await Execute("DELETE FROM schema_version WHERE version = 32");
        (await Storage.SchemaMigrator.ApplyAsync(world.Cluster.Database.ConnectionString)).ShouldBe(1);
    }

    private async Task Execute(string sql, params object[] parameters)
    {
        await using var connection = await world.Cluster.Database.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync();
    }

    private static string Sha256(string secret) =>
        Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));

    private Task<HttpResponseMessage> SignInAsync(string pantiCode, string userName, string password) =>
        world.Anonymous().Post("/api/v1/auth/sign-in", new { pantiCode, userName, password });

    private async Task<Guid> StaffInAsync(string pimpinan)
    {
        var member = await (await world.As(pimpinan).Post("/api/v1/panti/staff",
            new { name = "Pegawai Sama Nama", roles = new[] { StaffRole.Staf } }))
            .Read<StaffMember>();
        return member.Id;
    }

    private async Task<OneTimePassword> AccountInAsync(string pimpinan, string userName)
    {
        var staff = await StaffInAsync(pimpinan);
        return await (await world.As(pimpinan).Post($"/api/v1/panti/staff/{staff}/account", new { userName }))
            .Read<OneTimePassword>();
    }
}
