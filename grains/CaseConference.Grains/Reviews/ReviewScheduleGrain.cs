using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.Events;
using CaseConference.Contracts.ForceMajeure;
using CaseConference.Contracts.Panti;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Reviews;
using CaseConference.Grains.Events;
using CaseConference.Grains.Infrastructure;
using CaseConference.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseConference.Grains.Reviews;

public sealed partial class ReviewScheduleGrain(
    [PersistentState("schedule", StorageHosting.GrainStore)] IPersistentState<ReviewScheduleState> state,
    TimeProvider clock,
    IOptions<ScheduleOptions> options,
    ILogger<ReviewScheduleGrain> logger) : Grain, IReviewScheduleGrain, IRemindable
{
    private const string PlanningReminder = "plan";

    /// <summary>
    /// Every ScheduleChanged carries the whole schedule, so the latest is all a follower needs to
    /// catch up (it sees the gap in the numbers and takes the latest as the state). Keeping more
    /// only makes every write of this state larger: at 300 clients each event is about 75 KB.
    /// </summary>
    private const int RetainedEvents = 1;
    private EventFeed? feed;

    private EventFeed Feed => feed ??= new EventFeed($"schedule:{PantiId}", state.State.Events, RetainedEvents, logger);

    private Guid PantiId => this.GetPrimaryKey();

    private IPantiGrain Panti => GrainFactory.GetGrain<IPantiGrain>(PantiId);

    private DateTimeOffset Now => clock.GetUtcNow();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var period = options.Value.PlanningPeriod;
        await this.RegisterOrUpdateReminder(PlanningReminder, period, period);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => PlanSafelyAsync();

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

        try
        {
            await PlanAsync();
        }
        catch (Exception e) when (e is not Orleans.Storage.InconsistentStateException)
        {
            logger.LogWarning(e, "Planning pass for panti {PantiId} failed; the next change or reminder retries it", PantiId);
            await state.WriteStateAsync();
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
            logger.LogWarning(e, "Planning pass for panti {PantiId} failed; the next change or reminder retries it", PantiId);
        }
    }

    public Task ClientChanged(ClientFacts facts) => facts.PantiId != PantiId
        ? Task.CompletedTask
        : Record(s => Put(s.Clients, facts.ClientId, facts, (a, b) => a == b));

    public Task ConferenceChanged(ConferenceSlot slot) => Record(s => Put(s.Conferences, slot.ConferenceId, slot, (known, notice) => !IsAhead(notice, known)));

    public Task ForceMajeureAwaitingAgenda(Guid forceMajeureId, Guid clientId, bool forDiscussion) => Record(s =>
        (forDiscussion ? s.ForceMajeuresForDiscussion.Add(forceMajeureId) : s.ForceMajeuresForDiscussion.Remove(forceMajeureId))
        | Put(s.ForceMajeuresAwaitingAgenda, forceMajeureId, clientId, (a, b) => a == b));

    public Task ForceMajeureResolved(Guid forceMajeureId) =>
        Record(s => s.ForceMajeuresForDiscussion.Remove(forceMajeureId) | s.ForceMajeuresAwaitingAgenda.Remove(forceMajeureId));

    public Task Replan() => PlanAsync();

    public async Task<ScheduleView> View(Caller caller)
    {
        caller.RequireSamePanti(PantiId, "panti");
        await Panti.ActorFor(caller.StaffId);
        return Build(await Panti.Settings());
    }

    public Task Subscribe(IFeedObserver observer) => Feed.Subscribe(observer);

    public Task Unsubscribe(IFeedObserver observer) => Feed.Unsubscribe(observer);

    public Task<IReadOnlyList<FeedEvent>> EventsSince(long sequence) => Feed.Since(sequence);

    private ScheduleView Build(PantiSettings settings)
    {
        var zone = settings.TimeZone();
        var reviews = Dues(zone).Select(d => ReviewClock.Evaluate(d, Now, settings)).ToList();
        var plan = ReviewPlanner.Plan(Dues(zone), state.State.Conferences.Values, settings, Now);
        return new ScheduleView(
            ReviewSchedule.Build(reviews, state.State.Conferences.Values, zone, Now),
            reviews,
            [.. reviews.Where(r => r.EscalatedToPimpinan).Select(r => r.ClientId)],
            plan.Unplaced,
            state.State.Clients.Values.ToDictionary(c => c.ClientId, c => c.Name),
            Feed.LastSequence,
            state.State.Clients.Values.Where(c => c.RegisterNumber is not null).ToDictionary(c => c.ClientId, c => c.RegisterNumber!));
    }

    /// <summary>Stores the value; false when the same value was there already.</summary>
    private static bool Put<TValue>(Dictionary<Guid, TValue> map, Guid key, TValue value, Func<TValue, TValue, bool> same)
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
        || (Progress(notice.State) == Progress(known.State) && notice.AgendaClientIds.Count > known.AgendaClientIds.Count);

    private static int Progress(ConferenceState state) => state switch
    {
        ConferenceState.Planned => 0,
        ConferenceState.InSession => 1,
        ConferenceState.Sealed => 3,
        _ => 2,
    };

    /// <summary>RV1: clients in a stage with a review clock, and the local date each is due.</summary>
    private IEnumerable<ReviewDue> Dues(TimeZoneInfo zone) => state.State.Clients.Values
        .Where(c => StageTransitions.HasReviewClock(c.Stage) && c.LastReviewedAt is not null)
        .Select(c => new ReviewDue(c.ClientId, ReviewClock.DueOn(c.LastReviewedAt!.Value, zone)));
}
