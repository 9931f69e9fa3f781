using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Live;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>
/// Sign-out ends the browser session on the account grain, so its cookie is worthless on every gateway.
/// </summary>
public sealed record SignOut(AccountKey Account, Credential? Credential) : Mediator.IRequest;

public sealed class SignOutHandler(IClusterClient cluster, LiveSessionGuard live) : IRequestHandler<SignOut>
{
    public async ValueTask<Unit> Handle(SignOut request, CancellationToken cancellationToken)
    {
        if (request.Credential is { Kind: CredentialKind.Session } session)
        {
            await cluster.Account(request.Account).EndSession(session.Id);
            live.Revoked(request.Account);
        }

        return Unit.Value;
    }
}
