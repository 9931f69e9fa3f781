using CaseConference.Contracts.ForceMajeure;
using CaseConference.Gateway.Commands;
using CaseConference.Gateway.Live;
using CaseConference.Gateway.Tests.Authorization;
using Microsoft.AspNetCore.SignalR.Client;

namespace CaseConference.Gateway.Tests.ForceMajeure;

/// <summary>
/// Issue 10: the panti's force majeures live over /hubs/schedule <c>JoinForceMajeures()</c>, so their screens need not
/// poll.
/// </summary>
public sealed class ForceMajeureFeedTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task
        Issue10_a_proposal_and_each_consent_reach_every_screen_of_the_panti_without_content_and_none_of_another()
    {
        var prep = new Prep(world);
        var client = await prep.PlacedClientAsync();
        await using var psikolog = await Participant.ConnectAsync(world, "psikolog", hub: "/hubs/schedule");
        await using var staf = await Participant.ConnectAsync(world, "staf", hub: "/hubs/schedule");
        await using var foreign = await Participant.ConnectAsync(world, GatewayWorld.Foreign, hub: "/hubs/schedule");
        var version = await psikolog.Connection.InvokeAsync<long>("JoinForceMajeures");
        await staf.Connection.InvokeAsync<long>("JoinForceMajeures");
        await foreign.Connection.InvokeAsync<long>("JoinForceMajeures");

        var fm = await prep.ProposalAsync(client);
        (await world.As("peksos").Post($"/api/v1/force-majeure/{fm}/consents",
            new { justification = "Demi keselamatan klien." })).EnsureSuccessStatusCode();

        foreach (var screen in new[] { psikolog, staf })
        {
            await Poll.Until(() => Changes(screen, fm).Any(e => e.Payload["consents"]!.GetValue<int>() == 1), Deadline,
                "the consent live");
            Changes(screen, fm).First().Payload["state"]!.GetValue<string>().ShouldBe("Proposed");
        }

        var events = Changes(psikolog, fm);
        events.ShouldAllBe(e => e.Sequence > version);
        // None of its content (the reason, the new text) is in the feed.
        events.SelectMany(e => e.Payload.Select(p => p.Key)).Distinct()
            .ShouldBe(["forceMajeureId", "state", "consents", "at"], ignoreOrder: true);
        foreign.Received.ShouldBeEmpty();
    }

    private static List<LiveEvent> Changes(Participant p, Guid fm) =>
        [.. p.Received.Where(r => r.Feed == ForceMajeureFeed.Of(DemoSeed.PantiId)
            && r.Event.Payload["forceMajeureId"]?.GetValue<string>() == fm.ToString())
            .Select(r => r.Event)];
}
