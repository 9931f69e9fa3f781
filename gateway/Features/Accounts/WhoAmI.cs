using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Staff;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>The signed-in person as the panti knows them now (roles, core discipline).</summary>
public sealed record WhoAmI(Caller Caller, string UserName) : IRequest<WhoAmI.Me>
{
    public sealed record Me(string UserName, Guid PantiId, string PantiName, Guid StaffId, string Name, List<StaffRole> Roles, Discipline? CoreDiscipline);
}

public sealed class WhoAmIHandler(IClusterClient cluster) : IRequestHandler<WhoAmI, WhoAmI.Me>
{
    public async ValueTask<WhoAmI.Me> Handle(WhoAmI request, CancellationToken cancellationToken)
    {
        var profile = await cluster.GetGrain<IPantiGrain>(request.Caller.PantiId).Profile(request.Caller);
        var actor = profile.ActorFor(request.Caller.StaffId);
        return new WhoAmI.Me(request.UserName, profile.Id, profile.Name, actor.StaffId, actor.Name, actor.Roles, actor.CoreDiscipline);
    }
}
