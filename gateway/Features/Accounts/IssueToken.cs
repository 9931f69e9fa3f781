using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Auth;
using CaseConference.Gateway.Infrastructure;
using Mediator;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>
/// Issues a bearer token (scripts) or a calendar-feed token to the signed-in account. It expires
/// after <c>expiresInDays</c> (default and maximum in <see cref="AccountOptions"/>); an account
/// holds at most <see cref="AccountOptions.MaxTokensPerAccount"/> live tokens (409 <c>too_many_tokens</c>).
/// </summary>
public sealed record IssueToken(AccountKey Account, TokenPurpose Purpose, string Label, int? ExpiresInDays = null)
    : IRequest<IssuedToken>, IValidated
{
    public sealed record Body(string Label, int? ExpiresInDays = null);

    public void Validate(Checks checks) => checks
        .Text("label", Label, Checks.MaxShortText)
        .That(ExpiresInDays is null or > 0, "expiresInDays", "must be at least 1.");
}

public sealed class IssueTokenHandler(IClusterClient cluster, IOptions<AccountOptions> options)
    : IRequestHandler<IssueToken, IssuedToken>
{
    public async ValueTask<IssuedToken> Handle(IssueToken request, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxTokenLifetime;
        if (request.ExpiresInDays > max.TotalDays)
        {
            throw RequestValidationException.Field("expiresInDays", "token_lifetime_too_long",
                $"must be at most {(int)max.TotalDays} days.");
        }

        var lifetime = request.ExpiresInDays is { } days ? TimeSpan.FromDays(days) : options.Value.TokenLifetime;
        return await cluster.Account(request.Account).IssueToken(request.Purpose, request.Label, lifetime,
            options.Value.MaxTokensPerAccount);
    }
}
