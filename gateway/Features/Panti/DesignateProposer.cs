using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using Mediator;

namespace CaseConference.Gateway.Features.Panti;

/// <summary>FM1: the pimpinan designates (or withdraws) a non-core staff member as force-majeure proposer.</summary>
public sealed record DesignateProposer(Caller Caller, Guid StaffId, bool Designated) : Mediator.IRequest
{
    public sealed record Body(bool Designated);
}

public sealed class DesignateProposerHandler(IClusterClient cluster) : IRequestHandler<DesignateProposer>
{
    public async ValueTask<Unit> Handle(DesignateProposer request, CancellationToken cancellationToken)
    {
        await cluster.GetGrain<IPantiGrain>(request.Caller.PantiId).DesignateForceMajeureProposer(request.Caller,
            request.StaffId, request.Designated);
        return Unit.Value;
    }
}
