using CaseConference.Domain.Notifications;
using CaseConference.Domain.Staff;
using CaseConference.Grains.Notifications;
using Microsoft.Extensions.Logging;

namespace CaseConference.Grains.Conferences;

/// <summary>
/// Issue 10: after every change the KK states what each person should be told about it
/// (<see cref="ConferenceNotifications"/>), and a reminder (stored in PostgreSQL, so it outlives
/// the silo) brings it back when time alone changes that: a case summary still missing at its
/// deadline, a post-KK summary late, an invitation to a KK never held.
/// </summary>
public sealed partial class ConferenceGrain : IRemindable
{
    private const string NotificationReminder = "notifications";

    /// <summary>A KK that started longer ago than this tells nothing more when it merely activates.</summary>
    private static readonly TimeSpan QuietAfter = TimeSpan.FromDays(30);

    private readonly NotificationSender notifications = new();
    private DateTimeOffset? remindsAt;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == NotificationReminder && state.State.Conference is not null)
        {
            await Notify();
        }
    }

    /// <summary>A statement a crash lost is made again when the KK activates.</summary>
    private async Task NotifyOnActivation()
    {
        if (state.State.Conference is { } kk && kk.Start > Now - QuietAfter)
        {
            await Notify();
        }
    }

    /// <summary>
    /// After the write: it never refuses; what fails here is repaired by the next change, activation or reminder.
    /// </summary>
    private async Task Notify()
    {
        try
        {
            var profile = await Panti.ProfileForSystem();
            var pimpinan = profile.Staff.Where(s => s.Has(StaffRole.Pimpinan)).Select(s => s.Id).ToList();
            var plan = ConferenceNotifications.Plan(Existing.ToListing(Feed.LastSequence),
                pimpinan, profile.Settings, Now);
            await notifications.SendAsync(GrainFactory, PantiId, plan, Now);
            await RemindAt(plan.NextChange);
        }
        catch (Exception e)
        {
            logger.LogWarning(e,
                "Telling people about KK {ConferenceId} failed; the next change or reminder tells them",
                this.GetPrimaryKey());
        }
    }

    private async Task RemindAt(DateTimeOffset? next)
    {
        if (next == remindsAt)
        {
            return;
        }

        if (next is { } at)
        {
            var due = at - Now;
            await this.RegisterOrUpdateReminder(NotificationReminder, due > TimeSpan.FromSeconds(1) ? due
                : TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        }
        else if (await this.GetReminder(NotificationReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        remindsAt = next;
    }
}
