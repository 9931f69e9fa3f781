using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CaseConference.Contracts.Accounts;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Auth;

/// <summary>
/// Bearer tokens checked in the gateway (issue 9): what the account grain answered for a token is
/// remembered for <see cref="AccountOptions.TokenCheckCache"/>, so a script's requests do not each
/// call the grain. Revocation stays immediate: the account grain tells every gateway through
/// <see cref="AccountChangeListener"/> before its call returns, and this forgets the account.
/// Refusals are not remembered, so a token issued a moment ago works at once.
/// </summary>
public sealed class TokenCheck(IClusterClient cluster, IOptions<AccountOptions> options, TimeProvider clock)
{
    private readonly
        ConcurrentDictionary<(AccountKey Account, string SecretHash), (Authenticated Signed, DateTimeOffset Until)>
        cache = new();

    public async Task<Authenticated?> Authenticate(AccountKey account, string secret)
    {
        // The secret is kept only as its hash, as the account grain keeps it.
        var key = (account, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret))));
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(key, out var known) && known.Until > now)
        {
            return known.Signed;
        }

        var signed = await cluster.Account(account).Authenticate(TokenPurpose.Api, secret);
        if (signed is null)
        {
            cache.TryRemove(key, out _);
            return null;
        }

        if (cache.Count > 10_000)
        {
            cache.Clear();
        }

        cache[key] = (signed, now + options.Value.TokenCheckCache);
        return signed;
    }

    public void Forget(AccountKey account)
    {
        foreach (var key in cache.Keys.Where(k => k.Account == account))
        {
            cache.TryRemove(key, out _);
        }
    }
}
