using System.Net;
using CaseConference.Gateway.Commands;

namespace CaseConference.Gateway.Tests.Auth;

/// <summary>
/// Finding 7: guessing is throttled per client and per name from that client, never by locking the
/// account; unknown and existing names are answered alike; a flood of sign-ins queues or is refused.
/// Each test runs its own gateway with tight limits over the class's cluster.
/// </summary>
public sealed class SignInThrottleTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Finding07_a_guessing_client_is_throttled_while_the_owner_signs_in_from_their_own()
    {
        await using var gateway = Gateway(("Accounts:SignInPerNameAndClient", "3"));
        var attacker = Client(gateway, "10.7.0.1");
        for (var i = 0; i < 3; i++)
        {
            (await attacker.Post("/api/v1/auth/sign-in", new { pantiCode = GatewayWorld.PantiCode, userName =
                "sekretaris", password = "tebak-tebak-" + i })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var throttled = await attacker.Post("/api/v1/auth/sign-in",
            new { pantiCode = GatewayWorld.PantiCode, userName = "sekretaris", password = DemoSeed.Password });
        (await throttled.Problem(HttpStatusCode.TooManyRequests)).Code().ShouldBe("sign_in_throttled");
        int.Parse(throttled.Headers.RetryAfter!.ToString()).ShouldBeGreaterThan(0);

        var owner = Client(gateway, "10.7.0.2");
        (await owner.Post("/api/v1/auth/sign-in", new { pantiCode = GatewayWorld.PantiCode, userName = "sekretaris",
            password = DemoSeed.Password })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Finding07_unknown_and_existing_names_get_the_same_answers()
    {
        await using var gateway = Gateway(("Accounts:SignInPerNameAndClient", "2"));
        var answers = new List<string>();
        foreach (var (userName, address) in new[] { ("pimpinan", "10.7.1.1"), ("tidak-ada-orang", "10.7.1.2") })
        {
            var client = Client(gateway, address);
            var seen = new List<string>();
            for (var i = 0; i < 4; i++)
            {
                var response = await client.Post("/api/v1/auth/sign-in",
                    new { pantiCode = GatewayWorld.PantiCode, userName, password = "salah-sekali-" + i });
                seen.Add($"{(int)response.StatusCode} {(await response.Problem(response.StatusCode)).Code()}");
            }

            answers.Add(string.Join(", ", seen));
        }

        answers[0].ShouldBe("401 sign_in_failed, 401 sign_in_failed, 429 sign_in_throttled, 429 sign_in_throttled");
        answers[1].ShouldBe(answers[0]);
    }

    [Fact]
    public async Task Finding07_one_client_is_throttled_across_names_and_others_are_not()
    {
        await using var gateway = Gateway(("Accounts:SignInPerClient", "4"));
        var sprayer = Client(gateway, "10.7.2.1");
        foreach (var userName in new[] { "peksos", "psikolog", "medis", "anggota" })
        {
            (await sprayer.Post("/api/v1/auth/token", new { pantiCode = GatewayWorld.PantiCode, userName,
                password = "musim-hujan-2026", label = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await (await sprayer.Post("/api/v1/auth/token",
            new { pantiCode = GatewayWorld.PantiCode, userName = "staf", password = "musim-hujan-2026", label = "x" }))
            .Problem(HttpStatusCode.TooManyRequests)).Code().ShouldBe("sign_in_throttled");
        (await Client(gateway, "10.7.2.2").Post("/api/v1/auth/token",
            new { pantiCode = GatewayWorld.PantiCode, userName = "staf", password = DemoSeed.Password, label = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Finding07_a_flood_of_concurrent_sign_ins_queues_or_is_refused_and_other_requests_still_answer()
    {
        await using var gateway = Gateway(("Accounts:SignInConcurrency", "1"), ("Accounts:SignInQueue", "2"));
        var flood = Enumerable.Range(0, 16).Select(i =>
            Client(gateway, $"10.7.3.{i + 1}").Post("/api/v1/auth/sign-in", new { pantiCode = GatewayWorld.PantiCode,
                userName = $"banjir{i}", password = "banjir-besar-" + i })).ToList();
        var member = world.As("anggota", gateway);
        var meanwhile = await member.GetAsync("/api/v1/panti");
        var answers = await Task.WhenAll(flood);

        meanwhile.StatusCode.ShouldBe(HttpStatusCode.OK);
        answers.ShouldAllBe(a =>
            a.StatusCode == HttpStatusCode.Unauthorized || a.StatusCode == HttpStatusCode.TooManyRequests);
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        refused.ShouldNotBeEmpty();
        foreach (var response in refused)
        {
            (await response.Problem(HttpStatusCode.TooManyRequests)).Code().ShouldBe("sign_in_busy");
            response.Headers.RetryAfter.ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task Finding07_password_changes_from_one_address_are_counted_per_account_not_shared_by_everyone_there()
    {
        await using var gateway = Gateway(("Accounts:SignInPerNameAndClient", "2"));
        var guesser = world.As("peksos", gateway);
        var colleague = world.As("psikolog", gateway);
        foreach (var client in new[] { guesser, colleague })
        {
            client.DefaultRequestHeaders.Add(GatewayFactory.ClientAddressHeader, "10.7.4.1");
        }

        var wrong = new { currentPassword = "bukan-yang-ini", newPassword = "Teh-manis-sore-9" };
        for (var i = 0; i < 2; i++)
        {
            (await (await guesser.Put("/api/v1/auth/password", wrong)).Problem(HttpStatusCode.UnprocessableEntity))
                .Code().ShouldBe("current_password_wrong");
        }

        (await (await guesser.Put("/api/v1/auth/password", wrong)).Problem(HttpStatusCode.TooManyRequests)).Code()
            .ShouldBe("sign_in_throttled");
        (await (await colleague.Put("/api/v1/auth/password", wrong)).Problem(HttpStatusCode.UnprocessableEntity)).Code()
            .ShouldBe("current_password_wrong");
    }

    private GatewayFactory Gateway(params (string Key, string Value)[] settings) =>
        new(world.Cluster, settings.ToDictionary(s => s.Key, s => s.Value));

    private static HttpClient Client(GatewayFactory gateway, string address)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add(GatewayFactory.ClientAddressHeader, address);
        return client;
    }
}
