using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using Mediator;

namespace CaseConference.Gateway.Features.Panti;

/// <summary>KK10: the panti's chain of sealed KKs, in sealing order.</summary>
public sealed record SealChain(Caller Caller) : IRequest<List<SealLink>>;

public sealed class SealChainHandler(IClusterClient cluster) : IRequestHandler<SealChain, List<SealLink>>
{
    public async ValueTask<List<SealLink>> Handle(SealChain request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IPantiGrain>(request.Caller.PantiId).SealChain(request.Caller);
}
