using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;

namespace CaseConference.Domain.Notifications;

/// <summary>
/// What one KK tells people: the invitation (KK1), the case summary to write, and again once its
/// deadline (24 hours before the KK by default) has come with it missing, the summary to
/// acknowledge (KK4), the urgent KK to approve (KK6), the post-KK summary due and late (KK11). The
/// same tasks as Beranda (<see cref="MyTasks"/>), so a notification clears exactly when its task does.
/// </summary>
public static class ConferenceNotifications
{
    public static string Source(Guid conferenceId) => $"conference:{conferenceId}";

    public static NotificationPlan Plan(ConferenceListing kk, IReadOnlyCollection<Guid> pimpinanIds,
        PantiSettings settings, DateTimeOffset now)
    {
        var audience = new HashSet<Guid>(pimpinanIds);
        audience.UnionWith(kk.Participants.Select(p => p.StaffId));
        audience.UnionWith(kk.Agenda.Select(a => a.ResponsibleStaffId));
        audience.UnionWith(kk.Agenda.SelectMany(a => a.Recipients));
        audience.UnionWith(kk.PostKkSummaries.Select(s => s.ResponsibleStaffId));

        var notifications = new List<NotificationSpec>();
        foreach (var staffId in audience)
        {
            foreach (var task in MyTasks.For([kk], staffId, pimpinanIds.Contains(staffId), settings, now))
            {
                notifications.AddRange(Of(task, staffId));
            }
        }

        return new NotificationPlan(Source(kk.Id), audience, notifications, NextChange(kk, settings, now));
    }

    private static IEnumerable<NotificationSpec> Of(KkTask task, Guid staffId)
    {
        var target = new NotificationTarget(task.ConferenceId, task.AgendaItemId, task.ClientId);
        NotificationSpec Spec(NotificationKind kind, string key) => new(staffId, key, kind, target, task.Deadline);
        switch (task.Kind)
        {
            case KkTaskKind.Attend:
                yield return Spec(NotificationKind.KkInvitation, "invitation");
                break;
            case KkTaskKind.ApproveUrgent:
                yield return Spec(NotificationKind.UrgentKkToApprove, "approval");
                break;
            case KkTaskKind.WriteCaseSummary:
                yield return Spec(NotificationKind.CaseSummaryToWrite, $"summary:{task.AgendaItemId}");
                if (task.Late)
                {
                    yield return Spec(NotificationKind.CaseSummaryMissing, $"summary-missing:{task.AgendaItemId}");
                }

                break;
            case KkTaskKind.AcknowledgeCaseSummary:
                yield return Spec(NotificationKind.CaseSummaryToAcknowledge, $"acknowledgement:{task.AgendaItemId}");
                break;
            case KkTaskKind.FilePostKkSummary:
                yield return Spec(NotificationKind.PostKkSummaryDue, $"post-kk-summary:{task.ClientId}");
                if (task.Late)
                {
                    yield return Spec(NotificationKind.PostKkSummaryLate, $"post-kk-summary-late:{task.ClientId}");
                }

                break;
        }
    }

    /// <summary>
    /// The next moment the plan changes by time alone: a case summary deadline, the KK ceasing to be
    /// upcoming (an invitation to a KK never held clears), a post-KK summary's due day ending.
    /// </summary>
    private static DateTimeOffset? NextChange(ConferenceListing kk, PantiSettings settings, DateTimeOffset now)
    {
        var moments = new List<DateTimeOffset>();
        if (kk.State == ConferenceState.Planned)
        {
            moments.Add(kk.Urgent is { WaivesPreCirculation: true } ? kk.Start : kk.Start
                - settings.Policy.PreCirculation);
            moments.Add(kk.Start + ConferenceListing.NotHeldAfter);
        }

        var calendar = settings.Calendar();
        moments.AddRange(kk.PostKkSummaries.Where(s => s.FiledAt is null)
            .Select(s => calendar.StartOfDay(s.DueOn.AddDays(1))));
        // A second after the moment, so the rules that compare "now > deadline" agree when it is asked.
        var next = moments.Select(m => m.AddSeconds(1)).Where(m => m > now).ToList();
        return next.Count == 0 ? null : next.Min();
    }
}
