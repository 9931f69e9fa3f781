using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Staff;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Panti;

/// <summary>PE2: the pimpinan appoints a core member for a discipline.</summary>
public sealed record AppointCoreMember(Caller Caller, Guid StaffId, Discipline Discipline)
    : Mediator.IRequest, IValidated
{
    public sealed record Body(Guid StaffId, Discipline Discipline);

    public void Validate(Checks checks) =>
        checks.Id("staffId", StaffId).That(Enum.IsDefined(Discipline), "discipline", "is not a discipline.");
}

public sealed class AppointCoreMemberHandler(IClusterClient cluster) : IRequestHandler<AppointCoreMember>
{
    public async ValueTask<Unit> Handle(AppointCoreMember request, CancellationToken cancellationToken)
    {
        await cluster.GetGrain<IPantiGrain>(request.Caller.PantiId).AppointCoreMember(request.Caller,
            request.StaffId, request.Discipline);
        return Unit.Value;
    }
}
