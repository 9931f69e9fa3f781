using CaseConference.Contracts;
using CaseConference.Contracts.Accounts;
using CaseConference.Domain;
using CaseConference.Gateway.Live;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>
/// The pimpinan deactivates a leaver's account (it cannot sign in, its tokens are revoked) or
/// reactivates it; a deactivated account is signed out everywhere, hub connections included. The pimpinan cannot
/// deactivate themselves and leave the panti without a head.
/// </summary>
public sealed record SetAccountActive(Caller Caller, Guid StaffId, bool Active) : Mediator.IRequest;

public sealed class SetAccountActiveHandler(IClusterClient cluster, LiveSessionGuard live)
    : IRequestHandler<SetAccountActive>
{
    public async ValueTask<Unit> Handle(SetAccountActive request, CancellationToken cancellationToken)
    {
        var account = await StaffAccounts.ForPimpinan(cluster, request.Caller, request.StaffId);
        if (!request.Active && request.StaffId == request.Caller.StaffId)
        {
            throw DomainException.Conflict("cannot_deactivate_self",
                "The pimpinan cannot deactivate their own account.");
        }

        await account.SetActive(request.Active);
        live.Revoked(AccountKey.Parse(account.GetPrimaryKeyString()));
        return Unit.Value;
    }
}
