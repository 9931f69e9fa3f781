using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Auth;
using Mediator;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>After a successful sign-in, a browser session on the account grain; the cookie carries its id.</summary>
public sealed record StartSession(string UserName) : IRequest<Authenticated>;

public sealed class StartSessionHandler(IClusterClient cluster, IOptions<AccountOptions> options) : IRequestHandler<StartSession, Authenticated>
{
    public async ValueTask<Authenticated> Handle(StartSession request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IAccountGrain>(request.UserName).StartSession(options.Value.SessionLifetime);
}
