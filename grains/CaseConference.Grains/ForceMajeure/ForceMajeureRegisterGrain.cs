using CaseConference.Contracts;
using CaseConference.Contracts.ForceMajeure;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Grains.Infrastructure;
using CaseConference.Storage;

namespace CaseConference.Grains.ForceMajeure;

public sealed class ForceMajeureRegisterGrain(
    [PersistentState("forcemajeureregister", StorageHosting.GrainStore)] IPersistentState<ForceMajeureRegisterState> state)
    : Grain, IForceMajeureRegisterGrain
{
    public async Task Changed(ForceMajeureListing listing)
    {
        // One-way notices may overtake each other; the force majeure's write count orders them.
        if (state.State.ForceMajeures.TryGetValue(listing.Id, out var known) && known.Version >= listing.Version)
        {
            return;
        }

        state.State.ForceMajeures[listing.Id] = listing;
        await state.WriteStateAsync();
    }

    public Task<List<ForceMajeureListing>> List(Caller caller)
    {
        caller.RequireSamePanti(this.GetPrimaryKey(), "panti");
        return Task.FromResult(state.State.ForceMajeures.Values.OrderByDescending(f => f.ProposedAt).ToList());
    }
}

[GenerateSerializer]
public sealed class ForceMajeureRegisterState
{
    [Id(0)] public Dictionary<Guid, ForceMajeureListing> ForceMajeures { get; set; } = [];
}
