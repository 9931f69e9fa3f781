using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using Mediator;

namespace CaseConference.Gateway.Features.Panti;

/// <summary>PE2: the pimpinan dismisses a core member (refused if the team would break).</summary>
public sealed record DismissCoreMember(Caller Caller, Guid StaffId) : Mediator.IRequest;

public sealed class DismissCoreMemberHandler(IClusterClient cluster) : IRequestHandler<DismissCoreMember>
{
    public async ValueTask<Unit> Handle(DismissCoreMember request, CancellationToken cancellationToken)
    {
        await cluster.GetGrain<IPantiGrain>(request.Caller.PantiId).DismissCoreMember(request.Caller, request.StaffId);
        return Unit.Value;
    }
}
