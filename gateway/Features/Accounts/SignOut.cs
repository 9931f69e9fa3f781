using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Live;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>Sign-out ends the browser session on the account grain, so its cookie is worthless on every gateway.</summary>
public sealed record SignOut(string UserName, Credential? Credential) : Mediator.IRequest;

public sealed class SignOutHandler(IClusterClient cluster, LiveSessionGuard live) : IRequestHandler<SignOut>
{
    public async ValueTask<Unit> Handle(SignOut request, CancellationToken cancellationToken)
    {
        if (request.Credential is { Kind: CredentialKind.Session } session)
        {
            await cluster.GetGrain<IAccountGrain>(request.UserName).EndSession(session.Id);
            live.Revoked(request.UserName);
        }

        return Unit.Value;
    }
}
