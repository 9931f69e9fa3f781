using System.Net;
using CaseConference.Contracts.Notifications;
using Capacity = CaseConference.Domain.Conferences.Capacity;
using CaseConference.Domain.Notifications;
using CaseConference.Gateway.Commands;
using CaseConference.Gateway.Features.Notifications;
using CaseConference.Gateway.Live;
using CaseConference.Gateway.Tests.Auth;
using Microsoft.AspNetCore.SignalR.Client;

namespace CaseConference.Gateway.Tests.Notifications;

/// <summary>Issue 10: the inbox over /hubs/schedule <c>JoinInbox()</c>, with the real SignalR client.</summary>
public sealed class InboxHubTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Issue10_JoinInbox_answers_the_open_notifications_with_the_unread_count_and_new_ones_follow_live()
    {
        var first = await Sessions.PlanUrgentAsync(world, ("staf", Capacity.InvitedStaff));
        var listed = await ListedAsync("staf", first);
        await using var staf = await Participant.ConnectAsync(world, "staf", hub: "/hubs/schedule");

        var joined = await staf.Connection.InvokeAsync<ListNotifications.Result>("JoinInbox");

        joined.Items.ShouldContain(n => n.Kind == NotificationKind.KkInvitation && n.Route == $"/kk/{first}");
        joined.Items.ShouldAllBe(n => n.ClearedAt == null);
        joined.UnreadCount.ShouldBe(listed.UnreadCount);
        joined.Version.ShouldBe(listed.Version);

        var second = await Sessions.PlanUrgentAsync(world, ("staf", Capacity.InvitedStaff));

        await Poll.Until(() => InboxEvents(staf, "staf").Any(e => Raised(e, second)), Deadline,
            "the new invitation live");
        var raised = InboxEvents(staf, "staf").Single(e => Raised(e, second));
        raised.Payload["notification"]!["kind"]!.GetValue<string>().ShouldBe(nameof(NotificationKind.KkInvitation));
        var now = await ListedAsync("staf", second);
        raised.Payload["unreadCount"]!.GetValue<int>().ShouldBeLessThanOrEqualTo(now.UnreadCount);
        // LV1: after the answer's version, without a gap (one at or below it, still in flight when joining, is a
        // duplicate).
        var events = InboxEvents(staf, "staf").Where(e => e.Sequence > joined.Version).ToList();
        events.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, events.Count).Select(i => joined.Version + i));

        // Read on another screen: this one hears it too, with the lower count.
        var invitation = now.Items.Single(n => n.Route == $"/kk/{second}");
        (await world.As("staf").Post($"/api/v1/me/notifications/{invitation.Id}/read"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Poll.Until(() => InboxEvents(staf, "staf").Any(e => e.Kind == nameof(NotificationsRead)), Deadline,
            "the read live");
        InboxEvents(staf, "staf").Last(e => e.Kind == nameof(NotificationsRead)).Payload["unreadCount"]!.GetValue<int>()
            .ShouldBe(now.UnreadCount - 1);
    }

    [Fact]
    public async Task TN1_a_connection_only_ever_joins_its_own_persons_inbox()
    {
        await using var staf = await Participant.ConnectAsync(world, "staf", hub: "/hubs/schedule");
        await using var peksos = await Participant.ConnectAsync(world, "peksos", hub: "/hubs/schedule");
        await using var foreign = await Participant.ConnectAsync(world, GatewayWorld.Foreign, hub: "/hubs/schedule");
        foreach (var p in new[] { staf, peksos, foreign })
        {
            await p.Connection.InvokeAsync<ListNotifications.Result>("JoinInbox");
        }

        // Both staf and peksos are invited: each hears of it on their own feed only.
        var kk = await Sessions.PlanUrgentAsync(world, ("staf", Capacity.InvitedStaff));

        await Poll.Until(() => InboxEvents(staf, "staf").Any(e => Raised(e, kk)), Deadline, "staf's invitation");
        await Poll.Until(() => InboxEvents(peksos, "peksos").Any(e => Raised(e, kk)), Deadline, "peksos's invitation");
        staf.Received.ShouldAllBe(r => r.Feed == FeedOf("staf"));
        peksos.Received.ShouldAllBe(r => r.Feed == FeedOf("peksos"));
        foreign.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task Finding06_a_revoked_tokens_connection_is_closed_and_its_JoinInbox_refused()
    {
        var issued = await (await world.As("medis").Post("/api/v1/auth/tokens", new { label = "ponsel" }))
            .Read<Contracts.Accounts.IssuedToken>();
        await using var live = await Participant.ConnectWithTokenAsync(world.Gateway, issued.Token, "/hubs/schedule");
        await live.Connection.InvokeAsync<ListNotifications.Result>("JoinInbox");

        (await world.As("medis").DeleteAsync($"/api/v1/auth/tokens/{issued.TokenId}"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await Poll.Until(() => live.Connection.State == HubConnectionState.Disconnected, Deadline,
            "the revoked token's connection to close");
        await Should.ThrowAsync<Exception>(() => live.Connection.InvokeAsync<ListNotifications.Result>("JoinInbox"));
        await Should.ThrowAsync<HttpRequestException>(() => Participant.ConnectWithTokenAsync(world.Gateway,
            issued.Token, "/hubs/schedule"));
    }

    [Fact]
    public async Task Finding06_a_signed_out_browsers_connection_is_closed_and_cannot_join_its_inbox_again()
    {
        var (_, browser) = await world.SignedInPersonAsync();
        var cookie = await CookieOf(browser);
        var live = await Participant.ConnectWithCookieAsync(world.Gateway, cookie, "/hubs/schedule");
        var joined = await live.Connection.InvokeAsync<ListNotifications.Result>("JoinInbox");
        joined.UnreadCount.ShouldBe(0);

        (await browser.SendWithAntiforgery(HttpMethod.Post, "/api/v1/auth/sign-out"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await live.ClosedWith.WaitAsync(Deadline);
        await Should.ThrowAsync<Exception>(() => live.Connection.InvokeAsync<ListNotifications.Result>("JoinInbox"));
        await live.DisposeAsync();
        await Should.ThrowAsync<HttpRequestException>(() => Participant.ConnectWithCookieAsync(world.Gateway, cookie,
            "/hubs/schedule"));
    }

    private async Task<ListNotifications.Result> ListedAsync(string role, Guid conferenceId)
    {
        ListNotifications.Result? page = null;
        await Poll.Until(async () => (page = await (await world.As(role).GetAsync("/api/v1/me/notifications?limit=100"))
            .Read<ListNotifications.Result>())
            .Items.Any(n => n.Route == $"/kk/{conferenceId}"), Deadline, $"{role}'s invitation listed");
        return page!;
    }

    private static string FeedOf(string role) => InboxKey.Feed(DemoSeed.PantiId, GatewayWorld.StaffId(role));

    private static List<LiveEvent> InboxEvents(Participant p, string role) =>
        [.. p.Received.Where(r => r.Feed == FeedOf(role)).Select(r => r.Event)];

    private static bool Raised(LiveEvent e, Guid conferenceId) =>
        e.Kind == nameof(NotificationRaised)
        && e.Payload["notification"]?["target"]?["conferenceId"]?.GetValue<string>() == conferenceId.ToString();

    private static async Task<string> CookieOf(HttpClient browser)
    {
        var response = await browser.GetAsync("/api/v1/auth/me");
        var header = response.RequestMessage!.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values)
            : "";
        return header.Split("; ").Single(c => c.StartsWith("caseconference=", StringComparison.Ordinal));
    }
}
