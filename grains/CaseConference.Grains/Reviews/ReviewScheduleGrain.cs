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
    private const int RetainedEvents = 500;
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
    /// A fact sent one way is written before anything else, so a failing plan cannot lose it;
    /// the plan that follows is retried by the next change or reminder tick if it fails.
    /// </summary>
    private async Task Record(Action<ReviewScheduleState> change)
    {
        change(state.State);
        await state.WriteStateAsync();
        await PlanSafelyAsync();
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
        : Record(s => s.Clients[facts.ClientId] = facts);

    public Task ConferenceChanged(ConferenceSlot slot) => Record(s => s.Conferences[slot.ConferenceId] = slot);

    public Task ForceMajeureAwaitingAgenda(Guid forceMajeureId, Guid clientId) =>
        Record(s => s.ForceMajeuresAwaitingAgenda[forceMajeureId] = clientId);

    public Task ForceMajeureResolved(Guid forceMajeureId) => Record(s => s.ForceMajeuresAwaitingAgenda.Remove(forceMajeureId));

    public Task Replan() => PlanAsync();

    public async Task<ScheduleView> View(Caller caller)
    {
        caller.RequireSamePanti(PantiId, "panti");
        await Panti.ActorFor(caller.StaffId);
        return Build(await Panti.Settings());
    }

    public Task Subscribe(IFeedObserver observer)
    {
        Feed.Subscribe(observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IFeedObserver observer)
    {
        Feed.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedEvent>> EventsSince(long sequence) => Task.FromResult(Feed.Since(sequence));

    private ScheduleView Build(PantiSettings settings)
    {
        var zone = settings.TimeZone();
        var reviews = Dues(zone).Select(d => ReviewClock.Evaluate(d, Now, settings)).ToList();
        var plan = ReviewPlanner.Plan(Dues(zone), state.State.Conferences.Values, settings, Now);
        return new ScheduleView(
            ReviewSchedule.Build(reviews, state.State.Conferences.Values, zone),
            reviews,
            [.. reviews.Where(r => r.EscalatedToPimpinan).Select(r => r.ClientId)],
            plan.Unplaced,
            state.State.Clients.Values.ToDictionary(c => c.ClientId, c => c.Name),
            Feed.LastSequence);
    }

    /// <summary>RV1: clients in a stage with a review clock, and the local date each is due.</summary>
    private IEnumerable<ReviewDue> Dues(TimeZoneInfo zone) => state.State.Clients.Values
        .Where(c => StageTransitions.HasReviewClock(c.Stage) && c.LastReviewedAt is not null)
        .Select(c => new ReviewDue(c.ClientId, ReviewClock.DueOn(c.LastReviewedAt!.Value, zone)));
}
