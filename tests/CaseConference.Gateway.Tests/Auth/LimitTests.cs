using System.Net;
using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Reviews;
using Microsoft.AspNetCore.SignalR.Client;

namespace CaseConference.Gateway.Tests.Auth;

/// <summary>Finding 15: an account's tokens and hub connections are bounded (docs/ARCHITECTURE.md, Limits).</summary>
public sealed class LimitTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private const int MaxTokens = 20;
    private const int MaxConnections = 10;
    private static readonly TimeSpan Seconds = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Finding15_an_account_holds_at_most_20_tokens()
    {
        var (_, browser) = await world.SignedInPersonAsync();
        var issued = new List<IssuedToken>();
        for (var i = 0; i < MaxTokens; i++)
        {
            var purpose = i % 2 == 0 ? "tokens" : "calendar-token";
            issued.Add(await (await browser.SendWithAntiforgery(HttpMethod.Post, $"/api/v1/auth/{purpose}",
                new { label = $"skrip {i}" })).Read<IssuedToken>());
        }

        var refused = await (await browser.SendWithAntiforgery(HttpMethod.Post, "/api/v1/auth/tokens",
            new { label = "satu lagi" }))
            .Problem(HttpStatusCode.Conflict);
        refused.Code().ShouldBe("too_many_tokens");
        refused["detail"]!.GetValue<string>().ShouldContain("revoke");

        (await browser.SendWithAntiforgery(HttpMethod.Delete, $"/api/v1/auth/tokens/{issued[0].TokenId}"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await browser.SendWithAntiforgery(HttpMethod.Post, "/api/v1/auth/tokens", new { label = "pengganti" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Finding15_an_account_holds_at_most_10_hub_connections()
    {
        var token = await NewAccountTokenAsync();
        var open = new List<Participant>();
        try
        {
            for (var i = 0; i < MaxConnections; i++)
            {
                // Both hubs count together.
                var participant = await AdmittedAsync(token, i % 2 == 0 ? "/hubs/schedule" : "/hubs/conference");
                open.Add(participant);
            }

            await open[0].Connection.InvokeAsync<ScheduleView>("Join");
            (await RefusalAsync(token, "/hubs/conference")).ShouldContain("too_many_connections");
            (await RefusalAsync(token, "/hubs/schedule")).ShouldContain("too_many_connections");
            open.ShouldAllBe(p => p.Connection.State == HubConnectionState.Connected);
        }
        finally
        {
            foreach (var participant in open)
            {
                await participant.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Finding15_a_closed_hub_connection_frees_its_slot()
    {
        var token = await NewAccountTokenAsync();
        var open = new List<Participant>();
        try
        {
            for (var i = 0; i < MaxConnections; i++)
            {
                open.Add(await AdmittedAsync(token, "/hubs/schedule"));
            }

            (await RefusalAsync(token, "/hubs/schedule")).ShouldContain("too_many_connections");

            await open[0].DisposeAsync();
            open.RemoveAt(0);

            Participant? admitted = null;
            await Poll.Until(async () =>
            {
                var attempt = await Participant.ConnectWithTokenAsync(world.Gateway, token, "/hubs/schedule");
                // A refused attempt is closed by the server at once; an admitted one can Join.
                try
                {
                    await attempt.Connection.InvokeAsync<ScheduleView>("Join");
                    admitted = attempt;
                    return true;
                }
                catch (Exception)
                {
                    await attempt.DisposeAsync();
                    return false;
                }
            }, Seconds, "the closed connection's slot to be free");
            open.Add(admitted!);
        }
        finally
        {
            foreach (var participant in open)
            {
                await participant.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// A connection the gateway has counted. The handshake is answered before OnConnectedAsync counts
    /// the connection, so a connect that returned may not be counted yet, and the next one could take
    /// its place; a hub call is served only after OnConnectedAsync.
    /// </summary>
    private async Task<Participant> AdmittedAsync(string token, string hub)
    {
        var participant = await Participant.ConnectWithTokenAsync(world.Gateway, token, hub);
        if (hub == "/hubs/schedule")
        {
            await participant.Connection.InvokeAsync<ScheduleView>("Join");
        }
        else
        {
            await participant.Connection.InvokeAsync("Leave", Guid.NewGuid());
        }

        return participant;
    }

    private async Task<string> NewAccountTokenAsync()
    {
        var (_, browser) = await world.SignedInPersonAsync();
        return (await (await browser.SendWithAntiforgery(HttpMethod.Post, "/api/v1/auth/tokens",
            new { label = "layar" })).Read<IssuedToken>()).Token;
    }

    /// <summary>The server's reason for refusing a connection: it closes it right after the handshake.</summary>
    private async Task<string> RefusalAsync(string token, string hub)
    {
        Participant attempt;
        try
        {
            attempt = await Participant.ConnectWithTokenAsync(world.Gateway, token, hub);
        }
        catch (Exception e)
        {
            return e.Message;
        }

        await using (attempt)
        {
            var reason = await attempt.ClosedWith.WaitAsync(Seconds);
            reason.ShouldNotBeNull();
            return reason.Message;
        }
    }
}
