using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>
/// Checks a panti code, user name and password against the account grain (guessing is throttled
/// before it: SignInThrottle). Finding 11: an unknown panti code, an unknown name and a wrong
/// password take the same path (a grain without an account hashes anyway) and get the same answer.
/// </summary>
public sealed record SignIn(string PantiCode, string UserName, string Password) : IRequest<AccountInfo>, IValidated
{
    public void Validate(Checks checks) => checks
        .Text("pantiCode", PantiCode, Checks.MaxShortText)
        .Text("userName", UserName, Checks.MaxShortText)
        .Text("password", Password, 1024);
}

public sealed class SignInHandler(IClusterClient cluster) : IRequestHandler<SignIn, AccountInfo>
{
    public async ValueTask<AccountInfo> Handle(SignIn request, CancellationToken cancellationToken)
    {
        // An impossible code or user name fails like a wrong password: sign-in never tells which part was wrong.
        var attempt = AccountKey.TryCreate(request.PantiCode, request.UserName, out var key)
            ? await cluster.Account(key).SignIn(request.Password)
            : new SignInAttempt(SignInOutcome.Failed, null);
        return attempt switch
        {
            { Outcome: SignInOutcome.Succeeded, Account: { } account } => account,
            { Outcome: SignInOutcome.Deactivated } =>
                throw new PreconditionException(StatusCodes.Status403Forbidden, "account_deactivated",
                "This account is deactivated; ask the pimpinan."),
            _ => throw new PreconditionException(StatusCodes.Status401Unauthorized, "sign_in_failed",
                "Panti code, user name or password is wrong."),
        };
    }
}
