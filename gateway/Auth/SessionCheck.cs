using System.Collections.Concurrent;
using CaseConference.Contracts.Accounts;
using Microsoft.Extensions.Options;

namespace CaseConference.Gateway.Auth;

/// <summary>
/// Asks the account grain whether a session or token still stands, remembering the answer for
/// <see cref="AccountOptions.SessionCheckCache"/> so a busy browser does not call the grain on
/// every request. What this gateway revokes it forgets at once; another gateway's revocation
/// reaches it when the cached answer runs out, within seconds.
/// </summary>
public sealed class SessionCheck(IClusterClient cluster, IOptions<AccountOptions> options, TimeProvider clock)
{
    private readonly
        ConcurrentDictionary<(AccountKey Account, Credential Credential), (AccountInfo? Account, DateTimeOffset Until)>
        cache = new();

    public async Task<AccountInfo?> Validate(AccountKey account, Credential credential)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGetValue((account, credential), out var known) && known.Until > now)
        {
            return known.Account;
        }

        var answer = await Fresh(account, credential);
        if (cache.Count > 10_000)
        {
            cache.Clear();
        }

        cache[(account, credential)] = (answer, now + options.Value.SessionCheckCache);
        return answer;
    }

    /// <summary>The grain's answer now, bypassing what this gateway remembers.</summary>
    public Task<AccountInfo?> Fresh(AccountKey account, Credential credential) =>
        cluster.Account(account).Validate(credential);

    public void Forget(AccountKey account)
    {
        foreach (var key in cache.Keys.Where(k => k.Account == account))
        {
            cache.TryRemove(key, out _);
        }
    }
}
