using CaseConference.Domain.ForceMajeure;

namespace CaseConference.Domain.Notifications;

/// <summary>
/// What one force majeure tells people: each core member who has not yet consented, while it
/// collects consents (FM2; an objection, FM3, ends that for everyone); the pimpinan, while it is in
/// force and waits for ratification at a KK (FM6), and that it is overdue once a KK closed without
/// deciding (FM7).
/// </summary>
public static class ForceMajeureNotifications
{
    public static string Source(Guid forceMajeureId) => $"force-majeure:{forceMajeureId}";

    public static NotificationPlan Plan(ForceMajeureOverride fm, IReadOnlyCollection<Guid> coreMemberIds,
        IReadOnlyCollection<Guid> pimpinanIds)
    {
        var target = new NotificationTarget(ClientId: fm.ClientId, ForceMajeureId: fm.Id);
        var notifications = new List<NotificationSpec>();
        if (fm.State == ForceMajeureState.Proposed)
        {
            notifications.AddRange(coreMemberIds
                .Where(id => fm.Consents.All(c => c.StaffId != id))
                .Select(id => new NotificationSpec(id, "consent", NotificationKind.ForceMajeureConsent, target)));
        }

        if (fm.State == ForceMajeureState.InForce)
        {
            foreach (var pimpinan in pimpinanIds)
            {
                notifications.Add(new NotificationSpec(pimpinan, "ratification",
                    NotificationKind.ForceMajeureToRatify, target));
                if (fm.RatificationOverdue)
                {
                    notifications.Add(new NotificationSpec(pimpinan, "ratification-overdue",
                        NotificationKind.ForceMajeureRatificationOverdue, target));
                }
            }
        }

        return new NotificationPlan(Source(fm.Id), [.. coreMemberIds.Union(pimpinanIds)], notifications, null);
    }
}
