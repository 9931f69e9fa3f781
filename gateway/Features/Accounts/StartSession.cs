using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Auth;
using Mediator;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>After a successful sign-in, a browser session on the account grain; the cookie carries its id.</summary>
public sealed record StartSession(AccountKey Account) : IRequest<Authenticated>;

public sealed class StartSessionHandler(IClusterClient cluster, IOptions<AccountOptions> options)
    : IRequestHandler<StartSession, Authenticated>
{
    public async ValueTask<Authenticated> Handle(StartSession request, CancellationToken cancellationToken) =>
        await cluster.Account(request.Account).StartSession(options.Value.SessionLifetime);
}
