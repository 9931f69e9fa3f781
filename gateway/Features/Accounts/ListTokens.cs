using CaseConference.Contracts.Accounts;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>The signed-in account's tokens (labels and ids; the secrets are not kept).</summary>
public sealed record ListTokens(AccountKey Account) : IRequest<List<TokenInfo>>;

public sealed class ListTokensHandler(IClusterClient cluster) : IRequestHandler<ListTokens, List<TokenInfo>>
{
    public async ValueTask<List<TokenInfo>> Handle(ListTokens request, CancellationToken cancellationToken) =>
        await cluster.Account(request.Account).Tokens();
}
