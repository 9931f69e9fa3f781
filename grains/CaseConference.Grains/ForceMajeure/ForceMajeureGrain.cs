using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.ForceMajeure;
using CaseConference.Contracts.Panti;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain;
using CaseConference.Domain.Clients;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Domain.Staff;
using CaseConference.Grains.Infrastructure;
using CaseConference.Storage;
using Microsoft.Extensions.Logging;

namespace CaseConference.Grains.ForceMajeure;

public sealed partial class ForceMajeureGrain(
    [PersistentState("forcemajeure", StorageHosting.GrainStore)] IPersistentState<ForceMajeureGrainState> state,
    TimeProvider clock,
    ILogger<ForceMajeureGrain> logger) : Grain, IForceMajeureGrain, IIdempotentGrain, IFollowOnGrain
{
    private ForceMajeureOverride Existing => state.State.ForceMajeure
        ?? throw DomainException.NotFound("force_majeure_not_found", "No such force majeure.");

    /// <summary>
    /// Repairs a register notice or a notification statement lost in a crash between a write and its
    /// notice. Follow-on steps a crash left run just after activation (<see cref="FollowOnsAfterActivation"/>).
    /// </summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await TellRegister();
        await NotifyOnActivation();
        FollowOnsAfterActivation();
    }

    private Guid PantiId =>
        state.State.PantiId ?? throw DomainException.NotFound("force_majeure_not_found", "No such force majeure.");

    private IPantiGrain Panti => GrainFactory.GetGrain<IPantiGrain>(PantiId);

    private IReviewScheduleGrain Schedule => GrainFactory.GetGrain<IReviewScheduleGrain>(PantiId);

    private DateTimeOffset Now => clock.GetUtcNow();

    IdempotentMemory IIdempotentGrain.Idempotency => state.State.Idempotency;

    public async Task<ForceMajeureOverride> Propose(Caller caller, Guid clientId, int itemNumber, ForceMajeureKind kind,
        string? newText, string reason)
    {
        if (state.State.ForceMajeure is not null)
        {
            caller.RequireSamePanti(state.State.PantiId, "force_majeure"); // TN1: not even that the id is taken
            throw DomainException.Conflict("force_majeure_exists", "A force majeure with this id exists.");
        }

        var actor = await GrainFactory.GetGrain<IPantiGrain>(caller.PantiId).ActorFor(caller.StaffId);
        var client = await GrainFactory.GetGrain<IClientGrain>(clientId).ForRules(caller.PantiId);
        var (proposal, _) = ForceMajeureOverride.Propose(this.GetPrimaryKey(), actor, client, itemNumber,
            kind, newText, reason, Now);
        state.State.PantiId = caller.PantiId;
        state.State.ForceMajeure = proposal;
        await Save(answers: true);
        return proposal;
    }

    /// <summary>
    /// FM2/FM4/FM5: once in force, the client's effective formulation shows it and the schedule places it.
    /// </summary>
    public async Task<ForceMajeureOverride> Consent(Caller caller, string justification)
    {
        var actor = await Authenticate(caller);
        return await Counted(Existing.Consent(actor, justification, (await Panti.Settings()).Policy, Now));
    }

    public async Task<ForceMajeureOverride> AttestConsent(Caller caller, Guid memberId,
        string how, string justification)
    {
        var secretary = await Authenticate(caller);
        var member = await Panti.ActorFor(memberId);
        Existing.Attest(secretary, member, how, justification, Now);
        await Save(answers: true);
        return Existing;
    }

    /// <summary>
    /// A confirmed attestation is a consent from now: FM2/FM4/FM5 follow as for one given in the app.
    /// </summary>
    public async Task<ForceMajeureOverride> ConfirmAttestedConsent(Caller caller)
    {
        var member = await Authenticate(caller);
        return await Counted(Existing.ConfirmAttestation(member, (await Panti.Settings()).Policy, Now));
    }

    public async Task<ForceMajeureOverride> DeclineAttestedConsent(Caller caller)
    {
        var member = await Authenticate(caller);
        Existing.DeclineAttestation(member, Now);
        await Save(answers: true);
        return Existing;
    }

    private async Task<ForceMajeureOverride> Counted(IReadOnlyList<IDomainEvent> events)
    {
        if (events.Count == 0)
        {
            return Existing;
        }

        if (events.OfType<ForceMajeureInForce>().Any())
        {
            FollowOn(ForceMajeureFollowOn.PlaceOverlay);
            FollowOn(ForceMajeureFollowOn.AwaitRatification);
        }

        await Save(answers: true);
        return Existing;
    }

    /// <summary>
    /// FM3: the objection rejects it, and the matter goes to the next KK for discussion, placed as FM5 places.
    /// </summary>
    public async Task<ForceMajeureOverride> Object(Caller caller, string reason)
    {
        var actor = await Authenticate(caller);
        Existing.Object(actor, reason, Now);
        FollowOn(ForceMajeureFollowOn.AwaitDiscussion);
        await Save(answers: true);
        return Existing;
    }

    /// <summary>CL6: the client, item and new text are case content; the client grain decides and audits.</summary>
    public async Task<ForceMajeureOverride> View(Caller caller)
    {
        await Authenticate(caller);
        var client = GrainFactory.GetGrain<IClientGrain>(Existing.ClientId);
        return await client.MayReadCaseContent(caller, $"force_majeure:{Existing.Id}") ? Existing
            : throw Client.Confidential();
    }

    public async Task ScheduledOn(Guid pantiId, Guid conferenceId)
    {
        RequirePanti(pantiId);
        if (Existing.AgendaConferenceId == conferenceId)
        {
            return;
        }

        Existing.ScheduleOn(conferenceId, Now);
        await Save();
    }

    public async Task CarryOver(Guid pantiId, Guid fromConferenceId, bool conferenceWasHeld)
    {
        RequirePanti(pantiId);
        if (!Existing.AwaitsKk() || Existing.AgendaConferenceId != fromConferenceId)
        {
            return;
        }

        Existing.CarryOver(fromConferenceId, conferenceWasHeld, Now);
        FollowOn(Existing.State == ForceMajeureState.Rejected ? ForceMajeureFollowOn.AwaitDiscussion
            : ForceMajeureFollowOn.AwaitRatification);
        await Save();
    }

    public async Task Ratify(Caller caller, Guid conferenceId)
    {
        var actor = await Authenticate(caller);
        Existing.Ratify(actor, conferenceId, Now);
        FollowOn(ForceMajeureFollowOn.Resolved);
        await Save();
    }

    public async Task Cancel(Caller caller, Guid conferenceId)
    {
        var actor = await Authenticate(caller);
        Existing.Cancel(actor, conferenceId, Now);
        FollowOn(ForceMajeureFollowOn.Resolved);
        await Save();
    }

    /// <summary>
    /// Writes the state; a keyed command's write (<paramref name="answers"/>) holds its answer, the
    /// force majeure as it stands (issue 9). Only those: ScheduledOn interleaves, and its write must
    /// not answer for a keyed command that has not written its change yet.
    /// </summary>
    private async Task Save(bool answers = false)
    {
        state.State.Version++;
        if (answers)
        {
            state.State.Idempotency.Answer(Existing);
        }

        await state.WriteStateAsync();
        await TellRegister();
        await Notify();
        await RunFollowOnsAsync();
    }

    public Task RunFollowOnsAsync() => state.State.FollowOns.RunAsync(RunFollowOn, () => state.WriteStateAsync());

    /// <summary>
    /// Issue 9: not inside OnActivateAsync, since placing on the next KK calls back here (ScheduledOn),
    /// which an activating grain cannot take: a one-shot timer runs them as the activation's first turn
    /// after it, a turn of its own like a command's, in which ScheduledOn interleaves as it does with a
    /// command. A failure leaves them for the next write or a retried key.
    /// </summary>
    private void FollowOnsAfterActivation()
    {
        if (state.State.FollowOns.Pending.Count == 0)
        {
            return;
        }

        IGrainTimer? timer = null;
        timer = this.RegisterGrainTimer(async _ =>
        {
            timer?.Dispose();
            try
            {
                await RunFollowOnsAsync();
            }
            catch (Exception e)
            {
                logger.LogWarning(e,
                    "Force majeure {ForceMajeureId}: follow-on steps failed after activation; the next write or a retried key runs them", this.GetPrimaryKey());
            }
        }, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    /// <summary>A step for after the next write; added before it, so the write holds it (issue 9).</summary>
    private void FollowOn(ForceMajeureFollowOn kind) => state.State.FollowOns.Add(new FollowOnStep(kind));

    private Task RunFollowOn(FollowOnStep step) => step.Kind switch
    {
        ForceMajeureFollowOn.PlaceOverlay =>
            GrainFactory.GetGrain<IClientGrain>(Existing.ClientId).PlaceOverlay(PantiId, Existing),
        ForceMajeureFollowOn.AwaitRatification =>
            Schedule.ForceMajeureAwaitingAgenda(Existing.Id, Existing.ClientId, forDiscussion: false),
        ForceMajeureFollowOn.AwaitDiscussion =>
            Schedule.ForceMajeureAwaitingAgenda(Existing.Id, Existing.ClientId, forDiscussion: true),
        ForceMajeureFollowOn.Resolved => Schedule.ForceMajeureResolved(Existing.Id),
        _ => throw new InvalidOperationException($"Unknown follow-on step {step.Kind}."),
    };


    /// <summary>
    /// One way: the register never calls back, and a listing that misses it is sent again on activation.
    /// </summary>
    private Task TellRegister() => state.State is { PantiId: { } pantiId, ForceMajeure: { } fm }
        ? GrainFactory.GetGrain<IForceMajeureRegisterGrain>(pantiId).Changed(fm.ToListing(state.State.Version))
        : Task.CompletedTask;

    private async Task<Actor> Authenticate(Caller caller)
    {
        caller.RequireSamePanti(state.State.PantiId, "force_majeure");
        return await Panti.ActorFor(caller.StaffId);
    }

    private void RequirePanti(Guid pantiId) =>
        new Caller(pantiId, Guid.Empty).RequireSamePanti(state.State.PantiId, "force_majeure");
}
