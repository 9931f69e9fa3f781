using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Live;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>
/// Revokes one of the signed-in account's tokens; it stops working at once, hub connections opened with it included.
/// </summary>
public sealed record RevokeToken(AccountKey Account, Guid TokenId) : Mediator.IRequest;

public sealed class RevokeTokenHandler(IClusterClient cluster, LiveSessionGuard live) : IRequestHandler<RevokeToken>
{
    public async ValueTask<Unit> Handle(RevokeToken request, CancellationToken cancellationToken)
    {
        await cluster.Account(request.Account).RevokeToken(request.TokenId);
        live.Revoked(request.Account);
        return Unit.Value;
    }
}
