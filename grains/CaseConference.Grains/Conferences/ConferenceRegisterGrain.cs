using System.Text.Json;
using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Grains.Infrastructure;
using CaseConference.Storage;

namespace CaseConference.Grains.Conferences;

public sealed class ConferenceRegisterGrain(
    [PersistentState("register", StorageHosting.GrainStore)] IPersistentState<ConferenceRegisterState> state) : Grain,
        IConferenceRegisterGrain
{
    public async Task Changed(ConferenceListing listing)
    {
        // The KK's event number orders notices; one sent again (issue 9: a KK's outbox sends it after a
        // crash or on activation) that lists nothing new changes nothing, not even when it last changed.
        if (state.State.Conferences.TryGetValue(listing.Id, out var known)
            && (known.Version >= listing.Version || SameListing(known, listing)))
        {
            return;
        }

        state.State.Conferences[listing.Id] = listing;
        await state.WriteStateAsync();
    }

    private static bool SameListing(ConferenceListing known, ConferenceListing notice) =>
        JsonSerializer.Serialize(known with { Version = 0, ChangedAt = null }, WireSerialization.Json)
        == JsonSerializer.Serialize(notice with { Version = 0, ChangedAt = null }, WireSerialization.Json);

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
