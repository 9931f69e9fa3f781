using CaseConference.Contracts.Accounts;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>The signed-in account as its grain holds it now.</summary>
public sealed record SignedInAccount(string UserName) : IRequest<AccountInfo>;

public sealed class SignedInAccountHandler(IClusterClient cluster) : IRequestHandler<SignedInAccount, AccountInfo>
{
    public async ValueTask<AccountInfo> Handle(SignedInAccount request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IAccountGrain>(request.UserName).Info() ?? throw new UnauthorizedAccessException("No signed-in staff member.");
}
