using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Events;
using CaseConference.Contracts.Panti;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain.Conferences;
using CaseConference.Grains.Events;
using CaseConference.Grains.Infrastructure;
using CaseConference.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseConference.Grains.Reviews;

public sealed partial class ReviewScheduleGrain(
    [PersistentState("schedule", StorageHosting.GrainStore)] IPersistentState<ReviewScheduleState> state,
    IReviewScheduleStore store,
    TimeProvider clock,
    IOptions<ScheduleOptions> options,
    ILogger<ReviewScheduleGrain> logger) : Grain, IReviewScheduleGrain, IRemindable
{
    private const string PlanningReminder = "plan";

    private Guid PantiId => this.GetPrimaryKey();

    private IPantiGrain Panti => GrainFactory.GetGrain<IPantiGrain>(PantiId);

    private DateTimeOffset Now => clock.GetUtcNow();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var period = options.Value.PlanningPeriod;
        await this.RegisterOrUpdateReminder(PlanningReminder, period, period);
        await LoadAsync(cancellationToken);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        WriteClientsAsync(cancellationToken);

    public Task ReceiveReminder(string reminderName, TickStatus status) => PlanSafelyAsync();

    /// <summary>
    /// Issue 9: a client's notice costs a patch of memory; its row is written, and the plan made,
    /// by the next coalesced pass (<see cref="RequestPass"/>), together with every notice that
    /// arrived meanwhile. A fact the schedule already holds costs nothing.
    /// </summary>
    public Task ClientChanged(ClientFacts facts)
    {
        if (facts.PantiId == PantiId && Remember(facts))
        {
            RequestPass(SinceLastPass() is var since && since < options.Value.ChangeCoalescing
                ? options.Value.ChangeCoalescing - since : TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A notice is sent again after a crash or an activation (issue 9), so one that is not ahead of
    /// what the schedule knows changes nothing, nor does one of an ended KK it has already forgotten.
    /// </summary>
    public Task ConferenceChanged(ConferenceSlot slot) => Record(s =>
        !(!slot.IsOpen && slot.Start < Now - KeepEnded && !s.Conferences.ContainsKey(slot.ConferenceId))
        && Put(s.Conferences, slot.ConferenceId, slot, (known, notice) => !IsAhead(notice, known)));

    public Task ForceMajeureAwaitingAgenda(Guid forceMajeureId, Guid clientId, bool forDiscussion) => Record(s =>
        (forDiscussion ? s.ForceMajeuresForDiscussion.Add(forceMajeureId)
            : s.ForceMajeuresForDiscussion.Remove(forceMajeureId))
        | Put(s.ForceMajeuresAwaitingAgenda, forceMajeureId, clientId, (a, b) => a == b));

    public Task ForceMajeureResolved(Guid forceMajeureId) =>
        Record(s =>
            s.ForceMajeuresForDiscussion.Remove(forceMajeureId) | s.ForceMajeuresAwaitingAgenda.Remove(forceMajeureId));

    public Task Replan() => PlanAsync();

    public async Task<ScheduleView> View(Caller caller)
    {
        caller.RequireSamePanti(PantiId, "panti");
        await Panti.ActorFor(caller.StaffId);
        return await CurrentViewAsync();
    }

    public async Task<ScheduleRead> Read(Caller caller, Guid knownBuild)
    {
        var view = await View(caller);
        return new ScheduleRead(viewBuild, view.Version, viewBuild == knownBuild ? null : view);
    }

    public Task Subscribe(IFeedObserver observer) => Feed.Subscribe(observer);

    public Task Unsubscribe(IFeedObserver observer) => Feed.Unsubscribe(observer);

    public async Task<IReadOnlyList<FeedEvent>> EventsSince(long sequence)
    {
        if (Feed.Kept == 0 && state.State.Version > 0)
        {
            RestoreLastEvent(await CurrentViewAsync());
        }

        return await Feed.Since(sequence);
    }

    /// <summary>
    /// A fact sent one way is written with the plan it leads to, in one write; if planning fails the
    /// fact is written alone, so a failing plan cannot lose it (the next change or reminder tick
    /// plans again). A fact the schedule already holds (most conference changes: attendance,
    /// minutes, summaries) changes nothing and costs nothing.
    /// </summary>
    private async Task Record(Func<ReviewScheduleState, bool> change)
    {
        if (!change(state.State))
        {
            return;
        }

        view = null;
        try
        {
            await PlanAsync();
        }
        catch (Exception e) when (e is not Orleans.Storage.InconsistentStateException)
        {
            logger.LogWarning(e,
                "Planning pass for panti {PantiId} failed; the next change or reminder retries it", PantiId);
            await SaveAsync();
        }
    }

    private async Task PlanSafelyAsync()
    {
        try
        {
            await PlanAsync();
        }
        catch (Exception e) when (e is not Orleans.Storage.InconsistentStateException)
        {
            logger.LogWarning(e,
                "Planning pass for panti {PantiId} failed; the next change or reminder retries it", PantiId);
            if (unwritten.Count > 0)
            {
                RequestPass(RetryAfterFailure);
            }
        }
    }

    /// <summary>Stores the value; false when the same value was there already.</summary>
    private static bool Put<TValue>(Dictionary<Guid, TValue> map, Guid key, TValue value,
        Func<TValue, TValue, bool> same)
    {
        if (map.TryGetValue(key, out var known) && same(known, value))
        {
            return false;
        }

        map[key] = value;
        return true;
    }

    /// <summary>
    /// One-way notices arrive late, and a KK sends one per change (one per client the schedule puts
    /// on it). A KK only moves forward (Planned, InSession, then Closed and Sealed, or Cancelled)
    /// and its agenda only grows, so a notice not ahead of what the schedule knows changes nothing.
    /// </summary>
    private static bool IsAhead(ConferenceSlot notice, ConferenceSlot known) =>
        Progress(notice.State) > Progress(known.State)
        || (Progress(notice.State) == Progress(known.State)
            && notice.AgendaClientIds.Count > known.AgendaClientIds.Count);

    private static int Progress(ConferenceState state) => state switch
    {
        ConferenceState.Planned => 0,
        ConferenceState.InSession => 1,
        ConferenceState.Sealed => 3,
        _ => 2,
    };
}
