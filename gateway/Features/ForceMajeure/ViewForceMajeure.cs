using CaseConference.Contracts;
using CaseConference.Contracts.ForceMajeure;
using CaseConference.Domain.ForceMajeure;
using Mediator;

namespace CaseConference.Gateway.Features.ForceMajeure;

/// <summary>FM2-FM7: a force majeure with its consents, state and agenda.</summary>
public sealed record ViewForceMajeure(Caller Caller, Guid ForceMajeureId) : IRequest<ForceMajeureOverride>;

public sealed class ViewForceMajeureHandler(IClusterClient cluster)
    : IRequestHandler<ViewForceMajeure, ForceMajeureOverride>
{
    public async ValueTask<ForceMajeureOverride> Handle(ViewForceMajeure request,
        CancellationToken cancellationToken) =>
        await cluster.GetGrain<IForceMajeureGrain>(request.ForceMajeureId).View(request.Caller);
}
