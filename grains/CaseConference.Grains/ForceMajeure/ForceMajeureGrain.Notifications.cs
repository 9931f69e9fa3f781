using CaseConference.Domain.Notifications;
using CaseConference.Domain.Staff;
using CaseConference.Grains.Notifications;
using Microsoft.Extensions.Logging;

namespace CaseConference.Grains.ForceMajeure;

/// <summary>
/// Issue 10: after every write the force majeure states who should be told about it
/// (<see cref="ForceMajeureNotifications"/>): consents awaited, ratification awaited and overdue.
/// </summary>
public sealed partial class ForceMajeureGrain
{
    private readonly NotificationSender notifications = new();

    /// <summary>A statement a crash lost is made again when it activates, until it is resolved.</summary>
    private async Task NotifyOnActivation()
    {
        if (state.State.ForceMajeure is
            { State: Domain.ForceMajeure.ForceMajeureState.Proposed or Domain.ForceMajeure.ForceMajeureState.InForce })
        {
            await Notify();
        }
    }

    /// <summary>
    /// After the write: it never refuses; what fails here is repaired by the next write or activation.
    /// </summary>
    private async Task Notify()
    {
        try
        {
            var profile = await Panti.ProfileForSystem();
            var pimpinan = profile.Staff.Where(s => s.Has(StaffRole.Pimpinan)).Select(s => s.Id).ToList();
            var core = profile.CoreTeam.Members.Select(m => m.StaffId).ToList();
            await notifications.SendAsync(GrainFactory, PantiId,
                ForceMajeureNotifications.Plan(Existing, core, pimpinan), clock.GetUtcNow());
        }
        catch (Exception e)
        {
            logger.LogWarning(e,
                "Telling people about force majeure {ForceMajeureId} failed; the next change tells them",
                this.GetPrimaryKey());
        }
    }
}
