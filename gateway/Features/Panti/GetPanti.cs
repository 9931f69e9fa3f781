using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Panti;
using Mediator;

namespace CaseConference.Gateway.Features.Panti;

/// <summary>The caller's panti: staff directory, core team, settings (any staff member of that panti).</summary>
public sealed record GetPanti(Caller Caller) : IRequest<PantiProfile>;

public sealed class GetPantiHandler(IClusterClient cluster) : IRequestHandler<GetPanti, PantiProfile>
{
    public async ValueTask<PantiProfile> Handle(GetPanti request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IPantiGrain>(request.Caller.PantiId).Profile(request.Caller);
}
