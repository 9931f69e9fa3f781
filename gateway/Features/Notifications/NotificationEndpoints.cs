using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Notifications;

/// <summary>
/// /api/v1/me/notifications: the signed-in person's inbox (issue 10); live over /hubs/schedule <c>JoinInbox()</c>.
/// </summary>
public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        var inbox = api.MapGroup("/me/notifications").WithTags("Notifications");
        inbox.MapGet("", async (string? state, int? offset, int? limit, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ListNotifications(http.User.Caller(), state, offset ?? 0,
                limit ?? ListNotifications.DefaultLimit))))
            .WithName("ListNotifications")
            .WithSummary(
                "Issue 10: the caller's notifications, newest first (?state=open, the default, or all; ?offset, ?limit up to 100), with the unread count")
            .Problems(422);

        inbox.MapPost("/{id:guid}/read", async (Guid id, HttpContext http, ISender sender) =>
        {
            await sender.Send(new MarkNotificationsRead(http.User.Caller(), id));
            return TypedResults.NoContent();
        }).WithName("MarkNotificationRead")
            .WithSummary(
            "Issue 10: mark one of the caller's notifications read (an unknown or cleared one changes nothing)")
            .Problems(403);

        inbox.MapPost("/read", async (HttpContext http, ISender sender) =>
        {
            await sender.Send(new MarkNotificationsRead(http.User.Caller(), null));
            return TypedResults.NoContent();
        }).WithName("MarkAllNotificationsRead")
            .WithSummary("Issue 10: mark every open notification of the caller read").Problems(403);
    }
}
