using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>Checks a user name and password against the account grain (guessing is throttled before it: SignInThrottle).</summary>
public sealed record SignIn(string UserName, string Password) : IRequest<AccountInfo>, IValidated
{
    public void Validate(Checks checks) => checks.Text("userName", UserName, Checks.MaxShortText).Text("password", Password, 1024);
}

public sealed class SignInHandler(IClusterClient cluster) : IRequestHandler<SignIn, AccountInfo>
{
    public async ValueTask<AccountInfo> Handle(SignIn request, CancellationToken cancellationToken)
    {
        var name = AccountNames.Normalize(request.UserName);
        // An impossible user name fails like a wrong password: sign-in never tells which part was wrong.
        var attempt = AccountNames.IsValid(name)
            ? await cluster.GetGrain<IAccountGrain>(name).SignIn(request.Password)
            : new SignInAttempt(SignInOutcome.Failed, null);
        return attempt switch
        {
            { Outcome: SignInOutcome.Succeeded, Account: { } account } => account,
            { Outcome: SignInOutcome.Deactivated } => throw new PreconditionException(StatusCodes.Status403Forbidden, "account_deactivated",
                "This account is deactivated; ask the pimpinan."),
            _ => throw new PreconditionException(StatusCodes.Status401Unauthorized, "sign_in_failed", "User name or password is wrong."),
        };
    }
}
