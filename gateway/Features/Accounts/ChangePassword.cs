using CaseConference.Contracts.Accounts;
using CaseConference.Domain.Accounts;
using CaseConference.Gateway.Infrastructure;
using CaseConference.Gateway.Live;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>The signed-in person changes their own password, proving the current one.</summary>
/// <remarks>Every other session of the account ends; <see cref="KeepSession"/> is the browser asking.</remarks>
public sealed record ChangePassword(AccountKey Account, string CurrentPassword, string NewPassword, Guid? KeepSession)
    : Mediator.IRequest, IValidated
{
    public sealed record Body(string CurrentPassword, string NewPassword);

    public void Validate(Checks checks) => checks
        .Text("currentPassword", CurrentPassword, PasswordPolicy.MaxLength)
        .Present("newPassword", NewPassword);
}

public sealed class ChangePasswordHandler(IClusterClient cluster, LiveSessionGuard live)
    : IRequestHandler<ChangePassword>
{
    public async ValueTask<Unit> Handle(ChangePassword request, CancellationToken cancellationToken)
    {
        PasswordRules.Require("newPassword", request.Account.UserName, request.NewPassword);
        var outcome = await cluster.Account(request.Account).ChangePassword(request.CurrentPassword,
            request.NewPassword, request.KeepSession);
        live.Revoked(request.Account);
        return outcome switch
        {
            PasswordChange.CurrentPasswordWrong =>
                throw RequestValidationException.Field("currentPassword", "current_password_wrong",
                    "is not the current password."),
            PasswordChange.Unchanged =>
                throw RequestValidationException.Field("newPassword", "password_unchanged",
                    "must differ from the one-time password."),
            _ => Unit.Value,
        };
    }
}
