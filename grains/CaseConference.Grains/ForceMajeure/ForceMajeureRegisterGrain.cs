using CaseConference.Contracts;
using CaseConference.Contracts.Events;
using CaseConference.Contracts.ForceMajeure;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Grains.Events;
using CaseConference.Grains.Infrastructure;
using CaseConference.Storage;
using Microsoft.Extensions.Logging;

namespace CaseConference.Grains.ForceMajeure;

public sealed class ForceMajeureRegisterGrain(
    [PersistentState("forcemajeureregister",
        StorageHosting.GrainStore)] IPersistentState<ForceMajeureRegisterState> state,
    TimeProvider clock,
    ILogger<ForceMajeureRegisterGrain> logger)
    : Grain, IForceMajeureRegisterGrain
{
    private const int KeptEvents = 32;

    private EventFeed? feed;

    /// <summary>
    /// Its events only say "look again" (the list is read from <see cref="List"/>), so memory is their
    /// only store; the number goes on from the stored version, so a follower never sees one twice.
    /// </summary>
    private EventFeed Feed =>
        feed ??= new EventFeed(ForceMajeureFeed.Of(this.GetPrimaryKey()), [], KeptEvents, logger, state.State.Version);

    public async Task Changed(ForceMajeureListing listing)
    {
        // One-way notices may overtake each other; the force majeure's write count orders them.
        if (state.State.ForceMajeures.TryGetValue(listing.Id, out var known) && known.Version >= listing.Version)
        {
            return;
        }

        state.State.ForceMajeures[listing.Id] = listing;
        var now = clock.GetUtcNow();
        Feed.Append(new ForceMajeureListChanged(listing.Id, listing.State, listing.Consents.Count, now), now);
        state.State.Version = Feed.LastSequence;
        await state.WriteStateAsync();
        await Feed.PublishAsync();
    }

    public Task<List<ForceMajeureListing>> List(Caller caller)
    {
        caller.RequireSamePanti(this.GetPrimaryKey(), "panti");
        return Task.FromResult(state.State.ForceMajeures.Values.OrderByDescending(f => f.ProposedAt).ToList());
    }

    public Task<long> Version(Caller caller)
    {
        caller.RequireSamePanti(this.GetPrimaryKey(), "panti");
        return Task.FromResult(Feed.LastSequence);
    }

    public Task Subscribe(IFeedObserver observer) => Feed.Subscribe(observer);

    public Task Unsubscribe(IFeedObserver observer) => Feed.Unsubscribe(observer);

    public Task<IReadOnlyList<FeedEvent>> EventsSince(long sequence) => Feed.Since(sequence);
}

[GenerateSerializer]
public sealed class ForceMajeureRegisterState
{
    [Id(0)] public Dictionary<Guid, ForceMajeureListing> ForceMajeures { get; set; } = [];

    /// <summary>The feed's last event number (issue 10).</summary>
    [Id(1)] public long Version { get; set; }
}
