using CaseConference.Domain.Panti;

namespace CaseConference.Contracts.Accounts;

/// <summary>
/// Which account: a user name is unique only within its panti (finding 11), so an account is the
/// pair of the panti's sign-in code and the user name, written <c>code:user</c>. That text is the
/// account grain's key, the first part of a token (<c>code:user.secret</c>), the gateways' cache
/// key and what <see cref="IAccountChangesGrain"/> announces.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AccountKey([property: Id(0)] string PantiCode, [property: Id(1)] string UserName)
{
    public const char Separator = ':';

    public override string ToString() => $"{PantiCode}{Separator}{UserName}";

    /// <summary>Normalizes both parts; false when either cannot name an account.</summary>
    public static bool TryCreate(string? pantiCode, string? userName, out AccountKey key)
    {
        key = new AccountKey(PantiCodes.Normalize(pantiCode ?? ""), AccountNames.Normalize(userName ?? ""));
        return PantiCodes.IsValid(key.PantiCode) && AccountNames.IsValid(key.UserName);
    }

    /// <summary>Reads <c>code:user</c> as written by <see cref="ToString"/>, nothing looser.</summary>
    public static bool TryParse(string? text, out AccountKey key)
    {
        key = new AccountKey("", "");
        var separator = text?.IndexOf(Separator) ?? -1;
        if (text is null || separator < 0)
        {
            return false;
        }

        key = new AccountKey(text[..separator], text[(separator + 1)..]);
        return PantiCodes.IsValid(key.PantiCode) && AccountNames.IsValid(key.UserName);
    }

    public static AccountKey Parse(string text) => TryParse(text, out var key)
        ? key
        : throw new FormatException($"'{text}' is not an account key (code:user).");
}

public static class AccountGrains
{
    public static IAccountGrain Account(this IGrainFactory grains, AccountKey key) =>
        grains.GetGrain<IAccountGrain>(key.ToString());

    public static AccountKey Key(this AccountInfo account) => new(account.PantiCode, account.UserName);
}
