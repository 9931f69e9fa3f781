using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>The pimpinan or a core member names the client's responsible peksos.</summary>
public sealed record AssignPeksos(Caller Caller, Guid ClientId, Guid PeksosId) : Mediator.IRequest, IValidated
{
    public sealed record Body(Guid PeksosId);

    public void Validate(Checks checks) => checks.Id("peksosId", PeksosId);
}

public sealed class AssignPeksosHandler(IClusterClient cluster) : IRequestHandler<AssignPeksos>
{
    public async ValueTask<Unit> Handle(AssignPeksos request, CancellationToken cancellationToken)
    {
        await cluster.GetGrain<IClientGrain>(request.ClientId).AssignPeksos(request.Caller, request.PeksosId);
        return Unit.Value;
    }
}
