using CaseConference.Contracts.Notifications;
using CaseConference.Domain.Notifications;

namespace CaseConference.Grains.Notifications;

/// <summary>
/// A source grain's side of notifications: tells each person of a plan their part, one way, and
/// only when their part changed since this activation told them. After a (re)activation everyone
/// in the audience is told once, which repairs a statement a crash lost; the inbox ignores what it
/// has already.
/// </summary>
internal sealed class NotificationSender
{
    private readonly Dictionary<Guid, string> told = [];

    public async Task SendAsync(IGrainFactory grains, Guid pantiId, NotificationPlan plan, DateTimeOffset asOf)
    {
        foreach (var staffId in plan.Audience.Union(told.Keys).ToList())
        {
            var part = plan.For(staffId);
            var fingerprint = string.Join('\n', part.Select(p => $"{p.Kind}:{p.Key}").Order(StringComparer.Ordinal));
            if (told.TryGetValue(staffId, out var before) && before == fingerprint)
            {
                continue;
            }

            // One way: the source never waits on an inbox (which may ask a client grain about CL6).
            await grains.GetGrain<INotificationInboxGrain>(InboxKey.For(pantiId, staffId)).Sync(pantiId,
                plan.Source, asOf, [.. part]);
            told[staffId] = fingerprint;
        }
    }
}
