using CaseConference.Contracts.Clients;
using CaseConference.Contracts.ForceMajeure;
using CaseConference.Domain.Conferences;
using Microsoft.Extensions.Logging;

namespace CaseConference.Grains.Conferences;

/// <summary>
/// Issue 9: what a command does in other grains after its write (agenda notices to clients, carrying
/// force majeures over, the seal, the chair rotation, the schedule's and the register's notices) is a
/// <see cref="ConferenceFollowOn"/> written with the change and run after it (<see cref="Commit"/>),
/// so a silo dying in between loses none.
/// </summary>
public sealed partial class ConferenceGrain
{
    /// <summary>Runs what a crash left waiting; a failure leaves it for the next change or a retried key.</summary>
    private async Task FollowOnsOnActivation()
    {
        try
        {
            await RunFollowOnsAsync();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "KK {ConferenceId}: follow-on steps failed on activation; the next change runs them",
                this.GetPrimaryKey());
        }
    }

    public Task RunFollowOnsAsync() => state.State.FollowOns.RunAsync(RunFollowOn, () => state.WriteStateAsync(),
        notice: step => step.Kind is ConferenceFollowOnKind.TellSchedule or ConferenceFollowOnKind.TellRegister);

    /// <summary>A step for after the next write; added before it, so the write holds it.</summary>
    private void FollowOn(ConferenceFollowOnKind kind, Guid? target = null) =>
        state.State.FollowOns.Add(new ConferenceFollowOn(kind, target));

    private async Task RunFollowOn(ConferenceFollowOn step)
    {
        var id = this.GetPrimaryKey();
        switch (step.Kind)
        {
            case ConferenceFollowOnKind.OnAgenda or ConferenceFollowOnKind.OffAgenda:
                await GrainFactory.GetGrain<IClientGrain>(Target(step)).SetOnAgenda(PantiId, id,
                    step.Kind == ConferenceFollowOnKind.OnAgenda);
                break;
            case ConferenceFollowOnKind.CarryOverFromHeld or ConferenceFollowOnKind.CarryOverFromCancelled:
                await GrainFactory.GetGrain<IForceMajeureGrain>(Target(step))
                    .CarryOver(PantiId, id, conferenceWasHeld: step.Kind == ConferenceFollowOnKind.CarryOverFromHeld);
                break;
            case ConferenceFollowOnKind.Seal when Existing.State == ConferenceState.Closed:
                await SealAsync();
                break;
            case ConferenceFollowOnKind.RecordChair when Existing.ChairDiscipline is { } chair:
                await Panti.RecordChair(id, chair);
                break;
            case ConferenceFollowOnKind.TellSchedule:
                await TellSchedule();
                break;
            case ConferenceFollowOnKind.TellRegister:
                await TellRegister();
                break;
        }
    }

    private static Guid Target(ConferenceFollowOn step) =>
        step.Target ?? throw new InvalidOperationException($"The follow-on step {step.Kind} names no grain.");
}
