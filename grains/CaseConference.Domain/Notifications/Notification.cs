namespace CaseConference.Domain.Notifications;

/// <summary>
/// One notification in a person's inbox: what it tells (<see cref="Kind"/>), where that is done
/// (<see cref="Target"/>, its route), its deadline if it has one, when it was raised, read and
/// cleared (the thing done, or no longer this person's to do).
/// </summary>
public sealed record Notification(
    Guid Id,
    NotificationKind Kind,
    NotificationTarget Target,
    DateTimeOffset? DueAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt,
    DateTimeOffset? ClearedAt)
{
    public bool IsOpen => ClearedAt is null;

    public bool IsUnread => ClearedAt is null && ReadAt is null;
}

/// <summary>A page of a person's notifications, newest first, with the total and the unread count.</summary>
public sealed record InboxPage(List<Notification> Items, int Total, int UnreadCount, long Version);

/// <summary>A notification was raised for the person (a live event).</summary>
public sealed record NotificationRaised(Notification Notification, int UnreadCount, DateTimeOffset At) : IDomainEvent;

/// <summary>A notification cleared: its thing is done or no longer the person's (a live event).</summary>
public sealed record NotificationCleared(Guid Id, int UnreadCount, DateTimeOffset At) : IDomainEvent;

/// <summary>The person read notifications (a live event, so their other screens update too).</summary>
public sealed record NotificationsRead(List<Guid> Ids, int UnreadCount, DateTimeOffset At) : IDomainEvent;
