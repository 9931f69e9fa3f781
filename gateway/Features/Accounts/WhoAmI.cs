using CaseConference.Contracts;
using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Staff;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>
/// The signed-in person as the panti knows them now (roles, core discipline), their panti (name,
/// time zone, sign-in code) and their account (language, whether the password must be changed first).
/// </summary>
public sealed record WhoAmI(Caller Caller, AccountKey Account) : IRequest<WhoAmI.Me>
{
    public sealed record Me(
        string UserName, Guid StaffId, string Name, List<StaffRole> Roles, Discipline? CoreDiscipline,
        Guid PantiId, string PantiName, string TimeZone, string Language, bool MustChangePassword, string PantiCode);
}

public sealed class WhoAmIHandler(IClusterClient cluster) : IRequestHandler<WhoAmI, WhoAmI.Me>
{
    public async ValueTask<WhoAmI.Me> Handle(WhoAmI request, CancellationToken cancellationToken)
    {
        var account = await cluster.Account(request.Account).Info()
            ?? throw new UnauthorizedAccessException("No signed-in staff member.");
        var profile = await cluster.GetGrain<IPantiGrain>(request.Caller.PantiId).Profile(request.Caller);
        var actor = profile.ActorFor(request.Caller.StaffId);
        return new WhoAmI.Me(account.UserName, actor.StaffId, actor.Name, actor.Roles, actor.CoreDiscipline,
            profile.Id, profile.Name, profile.Settings.TimeZoneId, account.Language,
                account.MustChangePassword, profile.SignInCode);
    }
}
