using CaseConference.Contracts;
using CaseConference.Contracts.Accounts;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>
/// The pimpinan sees a staff member's account: its user name, whether it is active and awaits a password change.
/// </summary>
public sealed record GetStaffAccount(Caller Caller, Guid StaffId) : IRequest<AccountStatus>;

public sealed class GetStaffAccountHandler(IClusterClient cluster) : IRequestHandler<GetStaffAccount, AccountStatus>
{
    public async ValueTask<AccountStatus> Handle(GetStaffAccount request, CancellationToken cancellationToken)
    {
        var account = await StaffAccounts.ForPimpinan(cluster, request.Caller, request.StaffId);
        return (await account.Status())!;
    }
}
