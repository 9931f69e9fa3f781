using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Grains.Infrastructure;

namespace CaseConference.Grains.Reviews;

public sealed partial class ReviewScheduleGrain
{
    public async Task<List<ClientFacts>> ClientFacts(Caller caller)
    {
        caller.RequireSamePanti(PantiId, "panti");
        await Panti.ActorFor(caller.StaffId);
        return [.. clients.Values];
    }
}
