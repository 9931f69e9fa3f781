using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Staff;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Panti;

/// <summary>PE1: the pimpinan changes a staff member's roles.</summary>
public sealed record ChangeRoles(Caller Caller, Guid StaffId, List<StaffRole> Roles) : Mediator.IRequest, IValidated
{
    public sealed record Body(List<StaffRole> Roles);

    public void Validate(Checks checks) =>
        checks.That(Roles is { Count: > 0 and <= 7 }, "roles", "needs one to seven roles.");
}

public sealed class ChangeRolesHandler(IClusterClient cluster) : IRequestHandler<ChangeRoles>
{
    public async ValueTask<Unit> Handle(ChangeRoles request, CancellationToken cancellationToken)
    {
        await cluster.GetGrain<IPantiGrain>(request.Caller.PantiId).ChangeRoles(request.Caller,
            request.StaffId, request.Roles);
        return Unit.Value;
    }
}
