using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Grains.Infrastructure;
using CaseConference.Storage;

namespace CaseConference.Grains.Conferences;

public sealed class ConferenceRegisterGrain(
    [PersistentState("register", StorageHosting.GrainStore)] IPersistentState<ConferenceRegisterState> state) : Grain, IConferenceRegisterGrain
{
    public async Task Changed(ConferenceListing listing)
    {
        // One-way notices may overtake each other; the KK's event number orders them.
        if (state.State.Conferences.TryGetValue(listing.Id, out var known) && known.Version >= listing.Version)
        {
            return;
        }

        state.State.Conferences[listing.Id] = listing;
        await state.WriteStateAsync();
    }

    public Task<List<ConferenceListing>> List(Caller caller)
    {
        caller.RequireSamePanti(this.GetPrimaryKey(), "panti");
        return Task.FromResult(state.State.Conferences.Values.OrderBy(c => c.Start).ToList());
    }
}

[GenerateSerializer]
public sealed class ConferenceRegisterState
{
    [Id(0)] public Dictionary<Guid, ConferenceListing> Conferences { get; set; } = [];
}
