using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.Panti;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Domain.Staff;
using CaseConference.Grains.Infrastructure;
using CaseConference.Storage;
using Microsoft.Extensions.Logging;

namespace CaseConference.Grains.Clients;

public sealed class ClientGrain(
    [PersistentState("client", StorageHosting.GrainStore)] IPersistentState<ClientState> state,
    IAuditLog audit,
    TimeProvider clock,
    ILogger<ClientGrain> logger) : Grain, IClientGrain, IIdempotentGrain, IFollowOnGrain
{
    /// <summary>The facts this activation last sent the schedule.</summary>
    private ClientFacts? announced;

    private Client Existing => state.State.Client
        ?? throw DomainException.NotFound("client_not_found", "No such client.");

    private Guid PantiId =>
        state.State.PantiId ?? throw DomainException.NotFound("client_not_found", "No such client.");

    private IPantiGrain Panti => GrainFactory.GetGrain<IPantiGrain>(PantiId);

    private DateTimeOffset Now => clock.GetUtcNow();

    IdempotentMemory IIdempotentGrain.Idempotency => state.State.Idempotency;

    /// <summary>
    /// Issue 9: the schedule's notice a crash left waiting is sent now (it is one way, so an activation may send it).
    /// </summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunFollowOnsAsync();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Client {ClientId}: follow-on steps failed on activation; the next change runs them",
                this.GetPrimaryKey());
        }
    }

    public Task RunFollowOnsAsync() =>
        state.State.FollowOns.RunAsync(RunFollowOn, () => state.WriteStateAsync(), notice: _ => true);

    public async Task<OpenedClient> Open(Caller caller, string name, string where)
    {
        if (state.State.Client is not null)
        {
            caller.RequireSamePanti(state.State.PantiId, "client"); // TN1: not even that the id is taken
            throw DomainException.Conflict("client_exists", "A client with this id exists.");
        }

        var actor = await GrainFactory.GetGrain<IPantiGrain>(caller.PantiId).ActorFor(caller.StaffId);
        var (client, _) = Client.Open(this.GetPrimaryKey(), actor, name, where, Now);
        state.State.PantiId = caller.PantiId;
        state.State.Client = client;
        var opened = new OpenedClient(client.Id, client.Name, client.Stage);
        await SaveAsync(opened);
        return opened;
    }

    public async Task Register(Caller caller, Registration registration)
    {
        var actor = await Authenticate(caller);
        Existing.Register(actor, registration, Now);
        await SaveAsync();
    }

    public async Task CorrectRegistration(Caller caller, RegistrationCorrection correction)
    {
        var actor = await Authenticate(caller);
        if (Existing.CorrectRegistration(actor, correction, Now).Count > 0)
        {
            await SaveAsync();
        }
    }

    public async Task AssignPeksos(Caller caller, Guid peksosId)
    {
        var actor = await Authenticate(caller);
        var peksos = await Panti.ActorFor(peksosId);
        Existing.AssignPeksos(actor, peksos, Now);
        await SaveAsync();
    }

    public async Task MoveTo(Caller caller, ClientStage to, string why, TerminationReason? reason = null)
    {
        var actor = await Authenticate(caller);
        Existing.MoveTo(actor, to, why, Now, reason);
        await SaveAsync();
    }

    public async Task<CaseRecord> Read(Caller caller)
    {
        var actor = await Authenticate(caller);
        if (await AuditedReadBasis(actor, via: null) is null)
        {
            throw Client.Confidential();
        }

        return await RecordOf(Existing, actor);
    }

    public async Task<bool> MayReadCaseContent(Caller caller, string via)
    {
        var actor = await Authenticate(caller);
        return await AuditedReadBasis(actor, via) is not null;
    }

    public async Task<bool> MayBeToldAbout(Guid pantiId, Guid staffId)
    {
        if (state.State.PantiId != pantiId || state.State.Client is null)
        {
            return false;
        }

        var profile = await Panti.ProfileForSystem();
        return profile.Staff.Any(s => s.Id == staffId)
            && Existing.ReadBasisFor(profile.ActorFor(staffId),
                await IsParticipantOfOpenConference(staffId)) is not null;
    }

    public Task<ClientFacts> Facts(Guid pantiId)
    {
        RequirePanti(pantiId);
        return Task.FromResult(CurrentFacts());
    }

    private ClientFacts CurrentFacts()
    {
        var client = Existing;
        return new ClientFacts(client.Id, PantiId, client.Name, client.Stage, client.ResponsiblePeksosId,
            client.LastReviewedAt, client.Registration?.RegisterNumber);
    }

    public Task<Client> ForRules(Guid pantiId)
    {
        RequirePanti(pantiId);
        return Task.FromResult(Existing);
    }

    public async Task ApplyDecision(Guid pantiId, RecordedDecision decision)
    {
        RequirePanti(pantiId);
        Existing.ApplyDecision(decision, Now);
        await SaveAsync();
    }

    public async Task PlaceOverlay(Guid pantiId, ForceMajeureOverride forceMajeure)
    {
        RequirePanti(pantiId);
        if (Existing.Overlays.Any(o => o.ForceMajeureId == forceMajeure.Id))
        {
            return;
        }

        Existing.PlaceOverlay(forceMajeure, Now);
        await SaveAsync();
    }

    public async Task SetOnAgenda(Guid pantiId, Guid conferenceId, bool onAgenda)
    {
        RequirePanti(pantiId);
        var changed = onAgenda ? AddOnce(state.State.OnAgendaOf, conferenceId)
            : state.State.OnAgendaOf.Remove(conferenceId);
        if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    private async Task<CaseRecord> RecordOf(Client client, Actor reader)
    {
        var zone = (await Panti.Settings()).TimeZone();
        return new CaseRecord(client, client.EffectiveFormulation(), client.IsDiagnosticOverdue(Now),
            client.ReviewDueOn(zone), client.NextSteps(reader));
    }

    /// <summary>
    /// CL6: why the actor may read this case record now, or null; either way one audit line: who,
    /// which record, when, on what basis or why refused, and through which path when not directly.
    /// </summary>
    private async Task<ReadBasis?> AuditedReadBasis(Actor actor, string? via)
    {
        var client = Existing;
        var basis = client.ReadBasisFor(actor, await IsParticipantOfOpenConference(actor.StaffId));
        var (action, detail) = basis is { } allowed ? (AuditActions.CaseRecordRead, allowed.ToString())
            : (AuditActions.CaseRecordRefused, Client.ConfidentialCode);
        await audit.AppendAsync(new AuditEntry(PantiId, actor.StaffId, action, client.Id,
            via is null ? detail : $"{detail} via {via}", Now));
        return basis;
    }

    private async Task<bool> IsParticipantOfOpenConference(Guid staffId)
    {
        foreach (var conferenceId in state.State.OnAgendaOf)
        {
            if (await GrainFactory.GetGrain<IConferenceGrain>(conferenceId)
                .GrantsCaseRecordRead(staffId, this.GetPrimaryKey()))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<Actor> Authenticate(Caller caller)
    {
        caller.RequireSamePanti(state.State.PantiId, "client");
        return await Panti.ActorFor(caller.StaffId);
    }

    private void RequirePanti(Guid pantiId) =>
        new Caller(pantiId, Guid.Empty).RequireSamePanti(state.State.PantiId, "client");

    /// <summary>
    /// Writes the state, then tells the panti's schedule the client's facts (RV1, RV4) when they
    /// changed for it: it plans with the review clock, which only clients in the programme have, and
    /// it is the panti's client list (name, register number, stage, peksos). Each notice costs it a
    /// planning pass, so what changes nothing of that (a chronology line, a formulation version)
    /// sends none (after a KK the schedule reads the facts of the clients it decided on itself).
    /// Issue 9: the notice is a follow-on step written with the change, and a keyed command's
    /// <paramref name="answer"/> too, so a crash after the write loses neither.
    /// </summary>
    private async Task SaveAsync(object? answer = null)
    {
        state.State.Idempotency.Answer(answer);
        if (announced is null || ForSchedule(announced) != ForSchedule(CurrentFacts()))
        {
            state.State.FollowOns.Add(new ClientFollowOn(ClientFollowOnKind.TellSchedule));
        }

        await state.WriteStateAsync();
        await RunFollowOnsAsync();
    }

    /// <summary>
    /// One way: the schedule's planning pass reaches clients through KKs, so a client waiting on it could wait in a
    /// cycle.
    /// </summary>
    private async Task RunFollowOn(ClientFollowOn step)
    {
        var facts = CurrentFacts();
        if (step.Kind == ClientFollowOnKind.TellSchedule
            && (announced is null || ForSchedule(announced) != ForSchedule(facts)))
        {
            await GrainFactory.GetGrain<IReviewScheduleGrain>(PantiId).ClientChanged(facts);
            announced = facts;
        }
    }

    // The register number, stage and peksos too: the client list searches and filters by them, and
    // they change before the review clock starts (a correction, CL1; outreach to placement; assignment).
    private static (string Name, ClientStage Stage, DateTimeOffset? LastReviewedAt, string? RegisterNumber,
        Guid? Peksos) ForSchedule(ClientFacts facts) =>
        (facts.Name, facts.Stage, facts.LastReviewedAt, facts.RegisterNumber, facts.ResponsiblePeksosId);

    private static bool AddOnce(List<Guid> list, Guid id)
    {
        if (list.Contains(id))
        {
            return false;
        }

        list.Add(id);
        return true;
    }
}
