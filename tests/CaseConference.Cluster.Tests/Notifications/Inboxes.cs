using CaseConference.Contracts.Notifications;
using CaseConference.Domain.Notifications;

namespace CaseConference.Cluster.Tests.Notifications;

/// <summary>Reads the people's inboxes of a test panti, waiting for one-way statements to arrive.</summary>
public static class Inboxes
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static INotificationInboxGrain Inbox(this ClusterWorld world, TestPanti panti, Guid staffId) =>
        world.Client.GetGrain<INotificationInboxGrain>(InboxKey.For(panti.Id, staffId));

    public static async Task<List<Notification>> OpenAsync(this ClusterWorld world, TestPanti panti, Guid staffId) =>
        (await world.Inbox(panti, staffId).Page(panti.As(staffId), includeCleared: false, 0, 100)).Items;

    /// <summary>Waits until the person's open notifications satisfy <paramref name="done"/>.</summary>
    public static Task<List<Notification>> UntilAsync(this ClusterWorld world, TestPanti panti, Guid staffId,
        Func<List<Notification>, bool> done, string what) =>
        Poll.Until(() => world.OpenAsync(panti, staffId), done, Timeout, what);

    /// <summary>
    /// Waits until exactly <paramref name="people"/> (of <paramref name="everyone"/>) hold an open notification
    /// matching <paramref name="match"/>.
    /// </summary>
    public static async Task ExactlyAsync(this ClusterWorld world, TestPanti panti, IEnumerable<Guid> everyone,
        IReadOnlyCollection<Guid> people, Func<Notification, bool> match, string what)
    {
        foreach (var staffId in everyone)
        {
            var expected = people.Contains(staffId);
            await world.UntilAsync(panti, staffId, open => open.Any(match) == expected,
                $"{what} {(expected ? "for" : "not for")} {staffId}");
        }
    }

    public static Guid[] Everyone(this TestPanti p) =>
        [p.PimpinanId, p.SekretarisId, p.PeksosId, p.Peksos2Id, p.PsikologId, p.MedisId, p.StafId, p.AnggotaId,
            p.OutsiderId];
}
