namespace CaseConference.Contracts.Accounts;

/// <summary>
/// One staff member's sign-in account, keyed by the lower-cased user name, so a bearer token of
/// the form <c>&lt;username&gt;.&lt;secret&gt;</c> leads straight to its grain without a global
/// index. Holds the password hash (ASP.NET Core's PasswordHasher), the lockout counter and the
/// hashes of issued tokens; secrets themselves are never stored.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the account with a password its owner chose (operator commands: the first pimpinan,
    /// the demo seed). A staff member has at most one account (<see cref="IStaffAccountGrain"/>).
    /// </summary>
    Task<AccountInfo> Create(Guid pantiId, Guid staffId, string password);

    /// <summary>
    /// Creates the account for a staff member with a generated one-time password, returned once,
    /// which its owner must change at first sign-in: the pimpinan never chooses anyone's password.
    /// </summary>
    Task<OneTimePassword> CreateWithOneTimePassword(Guid pantiId, Guid staffId);

    /// <summary>Checks the password; repeated failures lock the account for a while.</summary>
    Task<SignInAttempt> SignIn(string password);

    /// <summary>Issues a token for scripts (<see cref="TokenPurpose.Api"/>) or the calendar feed.</summary>
    Task<IssuedToken> IssueToken(TokenPurpose purpose, string label);

    /// <summary>The account behind a token secret, or null when unknown, revoked or locked.</summary>
    [AlwaysInterleave]
    Task<AccountInfo?> Authenticate(TokenPurpose purpose, string secret);

    Task RevokeToken(Guid tokenId);

    Task<List<TokenInfo>> Tokens();

    [AlwaysInterleave]
    Task<AccountInfo?> Info();
}

public enum TokenPurpose
{
    Api,
    Calendar,
}

[GenerateSerializer, Immutable]
public sealed record AccountInfo(
    [property: Id(0)] string UserName,
    [property: Id(1)] Guid PantiId,
    [property: Id(2)] Guid StaffId,
    [property: Id(3)] bool MustChangePassword);

/// <summary>A generated password shown once to the pimpinan, to hand to its owner.</summary>
[GenerateSerializer, Immutable]
public sealed record OneTimePassword(
    [property: Id(0)] string UserName,
    [property: Id(1)] Guid StaffId,
    [property: Id(2)] string Password);

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

[GenerateSerializer, Immutable]
public sealed record SignInAttempt(
    [property: Id(0)] SignInOutcome Outcome,
    [property: Id(1)] AccountInfo? Account,
    [property: Id(2)] DateTimeOffset? LockedUntil);

/// <summary>A freshly issued token: <see cref="Token"/> is shown once and never again.</summary>
[GenerateSerializer, Immutable]
public sealed record IssuedToken(
    [property: Id(0)] Guid TokenId,
    [property: Id(1)] string Token,
    [property: Id(2)] TokenPurpose Purpose,
    [property: Id(3)] DateTimeOffset IssuedAt);

[GenerateSerializer, Immutable]
public sealed record TokenInfo(
    [property: Id(0)] Guid TokenId,
    [property: Id(1)] TokenPurpose Purpose,
    [property: Id(2)] string Label,
    [property: Id(3)] DateTimeOffset IssuedAt);
