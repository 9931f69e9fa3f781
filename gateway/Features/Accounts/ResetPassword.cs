using CaseConference.Contracts;
using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Live;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>
/// The pimpinan resets a staff member's forgotten password: a new one-time password, shown once,
/// that its owner must change at their next sign-in. Every session of the account ends.
/// </summary>
public sealed record ResetPassword(Caller Caller, Guid StaffId) : IRequest<OneTimePassword>;

public sealed class ResetPasswordHandler(IClusterClient cluster, LiveSessionGuard live)
    : IRequestHandler<ResetPassword, OneTimePassword>
{
    public async ValueTask<OneTimePassword> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        var account = await StaffAccounts.ForPimpinan(cluster, request.Caller, request.StaffId);
        var reset = await account.ResetPassword();
        live.Revoked(AccountKey.Parse(account.GetPrimaryKeyString()));
        return reset;
    }
}
