using CaseConference.Domain.Notifications;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Reviews;
using CaseConference.Domain.Staff;
using CaseConference.Grains.Notifications;
using Microsoft.Extensions.Logging;

namespace CaseConference.Grains.Reviews;

/// <summary>
/// Issue 10: every planning pass (after a change, and on the schedule's reminder) states which
/// reviews are due soon or overdue and who is told (<see cref="ReviewNotifications"/>).
/// </summary>
public sealed partial class ReviewScheduleGrain
{
    private readonly NotificationSender notifications = new();

    private async Task NotifyReviews(PantiSettings settings)
    {
        try
        {
            var profile = await Panti.ProfileForSystem();
            var pimpinan = profile.Staff.Where(s => s.Has(StaffRole.Pimpinan)).Select(s => s.Id).ToList();
            var reviews = Dues(settings.TimeZone()).Select(d => ReviewClock.Evaluate(d, Now, settings)).ToList();
            var peksos = clients.Values.ToDictionary(c => c.ClientId, c => c.ResponsiblePeksosId);
            await notifications.SendAsync(GrainFactory, PantiId,
                ReviewNotifications.Plan(PantiId, reviews, peksos, pimpinan), Now);
        }
        catch (Exception e)
        {
            logger.LogWarning(e,
                "Telling people about the reviews of panti {PantiId} failed; the next planning pass tells them",
                PantiId);
        }
    }
}
