using System.Security.Cryptography;
using System.Text;
using CaseConference.Contracts.Accounts;
using CaseConference.Domain;

namespace CaseConference.Grains.Accounts;

/// <summary>Tokens for scripts and calendar feeds: only the SHA-256 of each secret is kept.</summary>
public sealed partial class AccountGrain
{
    public async Task<IssuedToken> IssueToken(TokenPurpose purpose, string label, TimeSpan lifetime, int maxLive)
    {
        RequireActive();
        if (state.State.MustChangePassword)
        {
            throw DomainException.Forbidden("password_change_required", "Change the one-time password first.");
        }

        if (lifetime <= TimeSpan.Zero)
        {
            throw DomainException.Invalid("token_lifetime_invalid", "A token must expire in the future.");
        }

        var expiresAt = Now + lifetime;
        state.State.Tokens.RemoveAll(t => t.Expires <= Now);
        // Finding 15: revoked tokens are gone from the list and expired ones were just dropped, so
        // every token left is live. Counted here, in the one grain call, so parallel requests cannot race past it.
        if (state.State.Tokens.Count >= maxLive)
        {
            throw DomainException.Conflict("too_many_tokens",
                $"This account already holds {maxLive} tokens; revoke one before issuing another.");
        }

        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new StoredToken(Guid.NewGuid(), purpose, label, Hash(secret), Now, expiresAt);
        state.State.Tokens.Add(token);
        await Save();
        return new IssuedToken(token.TokenId, $"{Key}.{secret}", purpose, token.IssuedAt, expiresAt);
    }

    public Task<Authenticated?> Authenticate(TokenPurpose purpose, string secret)
    {
        if (state.State.PantiId is null || state.State.Deactivated || string.IsNullOrEmpty(secret))
        {
            return Task.FromResult<Authenticated?>(null);
        }

        var presented = Encoding.ASCII.GetBytes(Hash(secret));
        var match = state.State.Tokens.FirstOrDefault(t => t.Purpose == purpose && t.Expires > Now
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(t.SecretHash), presented));
        return Task.FromResult(match is null ? null
            : new Authenticated(Current()!, new Credential(CredentialKind.Token, match.TokenId)));
    }

    public async Task RevokeToken(Guid tokenId)
    {
        RequireExisting();
        if (state.State.Tokens.RemoveAll(t => t.TokenId == tokenId) == 0)
        {
            throw DomainException.NotFound("token_not_found", "No such token.");
        }

        await Save();
    }

    public Task<List<TokenInfo>> Tokens()
    {
        RequireExisting();
        return Task.FromResult(state.State.Tokens.Where(t => t.Expires > Now)
            .Select(t => new TokenInfo(t.TokenId, t.Purpose, t.Label, t.IssuedAt, t.Expires)).ToList());
    }
}
