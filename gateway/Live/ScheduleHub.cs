using CaseConference.Contracts.ForceMajeure;
using CaseConference.Contracts.Notifications;
using CaseConference.Contracts.Reviews;
using CaseConference.Gateway.Features.Notifications;
using CaseConference.Gateway.Features.Reviews;
using CaseConference.Gateway.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CaseConference.Gateway.Live;

/// <summary>
/// /hubs/schedule (LV2, RV4): the signed-in staff member's own panti schedule. <see cref="Join"/>
/// returns the current view with its version; every change follows as <c>event(feed, LiveEvent)</c>
/// carrying the whole new list. Only the caller's panti group is ever joined (TN1), and only the
/// caller's own inbox (<see cref="JoinInbox"/>); <see cref="JoinForceMajeures"/> follows the panti's force majeures.
/// </summary>
[Authorize]
public sealed class ScheduleHub(IClusterClient cluster, ScheduleViews views, FeedRelay<ScheduleHub> relay,
    LiveSessionGuard guard) : Hub
{
    public static string Feed(Guid pantiId) => $"schedule:{pantiId}";

    public Task<ScheduleView> Join() => HubRefusals.Guard(async () =>
    {
        await guard.RequireLive(Context);
        var caller = Context.User!.Caller();
        var schedule = cluster.GetGrain<IReviewScheduleGrain>(caller.PantiId);
        await views.ReadAsync(caller);
        await relay.Follow(Feed(caller.PantiId), schedule, Context.ConnectionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, Feed(caller.PantiId));
        var view = (await views.ReadAsync(caller)).View;
        relay.Seen(Feed(caller.PantiId), view.Version);
        return view;
    });

    /// <summary>
    /// Issue 10: the caller's own notifications (their open ones, newest first, with the unread
    /// count and version); each change follows as <c>event(feed, LiveEvent)</c> on the feed
    /// <c>inbox:&lt;panti&gt;/&lt;staff&gt;</c>, a group only this person's connections join.
    /// </summary>
    public Task<ListNotifications.Result> JoinInbox() => HubRefusals.Guard(async () =>
    {
        await guard.RequireLive(Context);
        var caller = Context.User!.Caller();
        var feed = InboxKey.Feed(caller.PantiId, caller.StaffId);
        var inbox = cluster.GetGrain<INotificationInboxGrain>(InboxKey.For(caller.PantiId, caller.StaffId));
        await relay.Follow(feed, inbox, Context.ConnectionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, feed);
        var page = await inbox.Page(caller, includeCleared: false, 0, ListNotifications.MaxLimit);
        relay.Seen(feed, page.Version);
        return await ListNotificationsHandler.Present(cluster, caller, page);
    });

    /// <summary>
    /// Issue 10: the caller's panti's force-majeure feed, whose events (<c>ForceMajeureListChanged</c>)
    /// tell its screens to read the list or the force majeure again; answers the feed's version.
    /// </summary>
    public Task<long> JoinForceMajeures() => HubRefusals.Guard(async () =>
    {
        await guard.RequireLive(Context);
        var caller = Context.User!.Caller();
        var feed = ForceMajeureFeed.Of(caller.PantiId);
        var register = cluster.GetGrain<IForceMajeureRegisterGrain>(caller.PantiId);
        await register.Version(caller);
        await relay.Follow(feed, register, Context.ConnectionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, feed);
        var version = await register.Version(caller);
        relay.Seen(feed, version);
        return version;
    });

    public override Task OnConnectedAsync()
    {
        guard.Add(Context);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        guard.Remove(Context.ConnectionId);
        relay.LeaveAll(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
