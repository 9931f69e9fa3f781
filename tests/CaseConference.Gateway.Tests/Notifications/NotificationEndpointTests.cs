using System.Net;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Features.Notifications;

namespace CaseConference.Gateway.Tests.Notifications;

/// <summary>Issue 10: GET /me/notifications and marking read, as the web app calls them.</summary>
public sealed class NotificationEndpointTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task
        Issue10_an_invitation_is_listed_with_the_place_it_opens_and_marking_it_read_lowers_the_unread_count()
    {
        var kk = await Sessions.PlanUrgentAsync(world, ("staf", Capacity.InvitedStaff));
        var staf = world.As("staf");
        ListNotifications.Result? page = null;
        await Poll.Until(async () =>
            (page = await (await staf.GetAsync("/api/v1/me/notifications")).Read<ListNotifications.Result>())
            .Items.Any(n => n.Route == $"/kk/{kk}"), TimeSpan.FromSeconds(15), "the invitation listed");
        var invitation = page!.Items.Single(n => n.Route == $"/kk/{kk}");
        invitation.Kind.ShouldBe(Domain.Notifications.NotificationKind.KkInvitation);
        page.UnreadCount.ShouldBeGreaterThan(0);

        (await staf.Post($"/api/v1/me/notifications/{invitation.Id}/read"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = await (await staf.GetAsync("/api/v1/me/notifications?state=all&limit=100"))
            .Read<ListNotifications.Result>();
        after.Items.Single(n => n.Id == invitation.Id).ReadAt.ShouldNotBeNull();
        after.UnreadCount.ShouldBe(page.UnreadCount - 1);

        // Another person's inbox is not reachable: the same id marks nothing of theirs.
        (await world.As("foreign").GetAsync("/api/v1/me/notifications")).EnsureSuccessStatusCode();
        (await world.As("foreign").Post($"/api/v1/me/notifications/{invitation.Id}/read"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Issue10_bad_paging_is_a_422_naming_the_field()
    {
        var problem = await (await world.As("staf").GetAsync("/api/v1/me/notifications?state=unread&limit=500"))
            .Problem(HttpStatusCode.UnprocessableEntity);
        problem.Fields().ShouldBe(["state", "limit"], ignoreOrder: true);
    }
}
