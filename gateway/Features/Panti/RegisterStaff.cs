using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Staff;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Panti;

/// <summary>
/// PE1: the pimpinan registers a staff member with one or more roles. The id may come from the client, so a retry is
/// harmless (409).
/// </summary>
public sealed record RegisterStaff(Caller Caller, Guid StaffId, string Name, List<StaffRole> Roles)
    : IRequest<StaffMember>, IValidated
{
    public sealed record Body(Guid? Id, string Name, List<StaffRole> Roles);

    public void Validate(Checks checks) => checks
        .Id("id", StaffId)
        .Text("name", Name, Checks.MaxShortText)
        .That(Roles is { Count: > 0 and <= 7 }, "roles", "needs one to seven roles.");
}

public sealed class RegisterStaffHandler(IClusterClient cluster) : IRequestHandler<RegisterStaff, StaffMember>
{
    public async ValueTask<StaffMember> Handle(RegisterStaff request, CancellationToken cancellationToken)
    {
        var member = new StaffMember(request.StaffId, request.Name.Trim(), [.. request.Roles.Distinct()]);
        await cluster.GetGrain<IPantiGrain>(request.Caller.PantiId).RegisterStaff(request.Caller, member);
        return member;
    }
}
