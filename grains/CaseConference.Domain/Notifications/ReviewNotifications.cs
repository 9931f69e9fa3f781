using CaseConference.Domain.Reviews;

namespace CaseConference.Domain.Notifications;

/// <summary>
/// What a panti's review schedule tells people: a review due soon to the client's responsible
/// peksos (RV2), an overdue one to the peksos and the pimpinan (RV3). Keyed by the due date, so a
/// client reviewed (a new due date) clears them and a later quarter raises new ones.
/// </summary>
public static class ReviewNotifications
{
    public static string Source(Guid pantiId) => $"reviews:{pantiId}";

    public static NotificationPlan Plan(
        Guid pantiId, IEnumerable<ClientReview> reviews, IReadOnlyDictionary<Guid, Guid?> responsiblePeksos,
            IReadOnlyCollection<Guid> pimpinanIds)
    {
        var notifications = new List<NotificationSpec>();
        foreach (var review in reviews.Where(r => r.Status != ReviewStatus.Ok))
        {
            var target = new NotificationTarget(ClientId: review.ClientId);
            var peksos = responsiblePeksos.GetValueOrDefault(review.ClientId);
            var overdue = review.Status == ReviewStatus.Overdue;
            var key = $"{review.ClientId}:{review.DueOn:yyyy-MM-dd}:{(overdue ? "overdue" : "due-soon")}";
            var kind = overdue ? NotificationKind.ReviewOverdue : NotificationKind.ReviewDueSoon;
            IEnumerable<Guid?> people = overdue ? [.. pimpinanIds.Select(id => (Guid?)id), peksos] : [peksos];
            foreach (var staffId in people.OfType<Guid>().Distinct())
            {
                notifications.Add(new NotificationSpec(staffId, key, kind, target));
            }
        }

        var audience = pimpinanIds.Union(responsiblePeksos.Values.OfType<Guid>()).ToList();
        return new NotificationPlan(Source(pantiId), audience, notifications, null);
    }
}
