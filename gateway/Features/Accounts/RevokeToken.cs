using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Live;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>Revokes one of the signed-in account's tokens; it stops working at once, hub connections opened with it included.</summary>
public sealed record RevokeToken(string UserName, Guid TokenId) : Mediator.IRequest;

public sealed class RevokeTokenHandler(IClusterClient cluster, LiveSessionGuard live) : IRequestHandler<RevokeToken>
{
    public async ValueTask<Unit> Handle(RevokeToken request, CancellationToken cancellationToken)
    {
        await cluster.GetGrain<IAccountGrain>(request.UserName).RevokeToken(request.TokenId);
        live.Revoked(request.UserName);
        return Unit.Value;
    }
}
