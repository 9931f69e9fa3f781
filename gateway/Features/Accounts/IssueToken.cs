using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>Issues a bearer token (scripts) or a calendar-feed token to the signed-in account.</summary>
public sealed record IssueToken(string UserName, TokenPurpose Purpose, string Label) : IRequest<IssuedToken>, IValidated
{
    public sealed record Body(string Label);

    public void Validate(Checks checks) => checks.Text("label", Label, Checks.MaxShortText);
}

public sealed class IssueTokenHandler(IClusterClient cluster) : IRequestHandler<IssueToken, IssuedToken>
{
    public async ValueTask<IssuedToken> Handle(IssueToken request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IAccountGrain>(request.UserName).IssueToken(request.Purpose, request.Label);
}
