using CaseConference.Contracts;
using CaseConference.Contracts.Notifications;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain.Notifications;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Notifications;

/// <summary>
/// Issue 10: the caller's notifications, newest first, paged, with the unread count and the
/// inbox's version (live events over /hubs/schedule follow from version + 1). <c>?state=all</c>
/// includes the cleared ones.
/// </summary>
public sealed record ListNotifications(Caller Caller, string? State, int Offset, int Limit)
    : IRequest<ListNotifications.Result>, IValidated
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public bool IncludeCleared => State is not null && State.Equals("all", StringComparison.OrdinalIgnoreCase);

    public void Validate(Checks checks) => checks
        .That(State is null || IncludeCleared || State.Equals("open", StringComparison.OrdinalIgnoreCase),
            "state", "must be open or all.")
        .That(Offset >= 0, "offset", "must be 0 or more.")
        .That(Limit is > 0 and <= MaxLimit, "limit", $"must be 1 to {MaxLimit}.");

    /// <summary>
    /// A notification as the web app shows it: the place it opens and the client's name when it names one.
    /// </summary>
    public sealed record Item(
        Guid Id, NotificationKind Kind, string Route, NotificationTarget Target, string? ClientName,
        DateTimeOffset? DueAt, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, DateTimeOffset? ClearedAt);

    public sealed record Result(List<Item> Items, int Total, int UnreadCount, long Version);
}

public sealed class ListNotificationsHandler(IClusterClient cluster)
    : IRequestHandler<ListNotifications, ListNotifications.Result>
{
    public async ValueTask<ListNotifications.Result> Handle(ListNotifications request,
        CancellationToken cancellationToken)
    {
        var caller = request.Caller;
        var page = await cluster.GetGrain<INotificationInboxGrain>(InboxKey.For(caller.PantiId, caller.StaffId))
            .Page(caller, request.IncludeCleared, request.Offset, request.Limit);
        return await Present(cluster, caller, page);
    }

    /// <summary>Client names come from the panti's schedule, which every staff member of the panti reads.</summary>
    internal static async Task<ListNotifications.Result> Present(IClusterClient cluster, Caller caller, InboxPage page)
    {
        var names = page.Items.Any(n => n.Target.ClientId is not null)
            ? (await cluster.GetGrain<IReviewScheduleGrain>(caller.PantiId).View(caller)).ClientNames
            : [];
        return new ListNotifications.Result(
            [.. page.Items.Select(n => new ListNotifications.Item(
                n.Id, n.Kind, n.Target.Route, n.Target,
                    n.Target.ClientId is { } id && names.TryGetValue(id, out var name) ? name : null,
                n.DueAt, n.CreatedAt, n.ReadAt, n.ClearedAt))],
            page.Total, page.UnreadCount, page.Version);
    }
}
