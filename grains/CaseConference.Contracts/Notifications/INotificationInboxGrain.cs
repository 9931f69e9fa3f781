using CaseConference.Contracts.Events;
using CaseConference.Domain.Notifications;

namespace CaseConference.Contracts.Notifications;

/// <summary>
/// One person's notifications (issue 10), keyed by <see cref="InboxKey.For"/> (panti and staff id,
/// so a person is only ever told in their own panti, TN1). Sources state one way what the person
/// should have from them now (<see cref="Sync"/>); the inbox raises what is new once (a key per
/// thing and person, stored, so never twice, also after a restart), clears what is no longer
/// stated, and tells nobody about a client they may not read (CL6). Its feed pushes each change.
/// </summary>
public interface INotificationInboxGrain : IGrainWithStringKey, IEventFeed
{
    /// <summary>
    /// What <paramref name="source"/> wants this person told, as of <paramref name="asOf"/>; a
    /// statement older than one already applied from the same source is ignored.
    /// </summary>
    [OneWay]
    Task Sync(Guid pantiId, string source, DateTimeOffset asOf, List<NotificationSpec> notifications);

    /// <summary>The caller's own notifications, newest first: open ones, or all with the cleared.</summary>
    Task<InboxPage> Page(Caller caller, bool includeCleared, int offset, int limit);

    /// <summary>
    /// Marks one notification read, or every open one when <paramref name="notificationId"/> is null.
    /// </summary>
    Task<InboxPage> MarkRead(Caller caller, Guid? notificationId);
}

public static class InboxKey
{
    public static string For(Guid pantiId, Guid staffId) => $"{pantiId:N}/{staffId:N}";

    public static string Feed(Guid pantiId, Guid staffId) => $"inbox:{pantiId:N}/{staffId:N}";
}
