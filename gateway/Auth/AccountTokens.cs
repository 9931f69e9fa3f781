using CaseConference.Contracts.Accounts;

namespace CaseConference.Gateway.Auth;

/// <summary>
/// The account a token's first part names: <c>code:user</c> itself, or a bare user name from a
/// token issued before user names were per panti (finding 11), which migration 0032 recorded
/// where it moved. Null when it names nothing, answered like an unknown token.
/// </summary>
public static class AccountTokens
{
    public static async Task<AccountKey?> Resolve(IClusterClient cluster, string named) =>
        AccountKey.TryParse(named, out var key)
            ? key
            : await cluster.GetGrain<ILegacyAccountNameGrain>(named).MovedTo();
}
