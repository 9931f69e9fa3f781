using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Domain.Clients;
using Mediator;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>
/// CL3/FM4: the effective formulation (overrides in force laid over) and every version. Part of the case record, so
/// audited.
/// </summary>
public sealed record GetFormulation(Caller Caller, Guid ClientId) : IRequest<GetFormulation.Result>
{
    public sealed record Result(IReadOnlyList<EffectiveItem> Effective, List<FormulationVersion> Versions,
        List<FormulationOverlay> Overlays);
}

public sealed class GetFormulationHandler(IClusterClient cluster)
    : IRequestHandler<GetFormulation, GetFormulation.Result>
{
    public async ValueTask<GetFormulation.Result> Handle(GetFormulation request, CancellationToken cancellationToken)
    {
        var record = await cluster.GetGrain<IClientGrain>(request.ClientId).Read(request.Caller);
        return new GetFormulation.Result(record.EffectiveFormulation, record.Client.Formulation.Versions,
            record.Client.Overlays);
    }
}
