using CaseConference.Contracts.Health;
using Orleans.Concurrency;

namespace CaseConference.Grains.Health;

[StatelessWorker]
public sealed class PingGrain(ILocalSiloDetails silo) : Grain, IPingGrain
{
    public Task<string> Ping() => Task.FromResult(silo.SiloAddress.ToParsableString());
}
