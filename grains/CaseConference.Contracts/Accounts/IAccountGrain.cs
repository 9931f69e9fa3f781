namespace CaseConference.Contracts.Accounts;

/// <summary>
/// One staff member's sign-in account, keyed by its <see cref="AccountKey"/> (<c>code:user</c>:
/// the panti's sign-in code and the user name, unique within that panti), so a bearer token of the
/// form <c>code:user.secret</c> and a sign-in (code, name, password) lead straight to its grain
/// without a global index. An unknown code or name is simply a grain without an account. Holds the password hash
/// (ASP.NET Core's PasswordHasher), the live browser sessions and
/// the hashes of issued tokens; secrets themselves are never stored.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>
    /// Calls that hash a password (PBKDF2, deliberately slow) may outlast the gateway's short response
    /// timeout (about 5 s, near failure detection) on a busy machine; they get longer. A dead silo
    /// costs a sign-in more time, never a KK command.
    /// </summary>
    const string PasswordHashingTimeout = "00:00:30";

    /// <summary>
    /// Creates the account with a password its owner chose (operator commands: the first pimpinan,
    /// the demo seed). A staff member has at most one account (<see cref="IStaffAccountGrain"/>).
    /// </summary>
    [ResponseTimeout(PasswordHashingTimeout)]
    Task<AccountInfo> Create(Guid pantiId, Guid staffId, string password);

    /// <summary>
    /// Creates the account for a staff member with a generated one-time password, returned once,
    /// which its owner must change at first sign-in: the pimpinan never chooses anyone's password.
    /// </summary>
    [ResponseTimeout(PasswordHashingTimeout)]
    Task<OneTimePassword> CreateWithOneTimePassword(Guid pantiId, Guid staffId);

    /// <summary>Checks the password (no lockout: the gateway throttles guessing by client and name).</summary>
    [ResponseTimeout(PasswordHashingTimeout)]
    Task<SignInAttempt> SignIn(string password);

    /// <summary>
    /// The owner changes their password, proving the current one; the new one meets the
    /// password policy and, after a one-time password, differs from it. Clears the must-change mark.
    /// </summary>
    /// <remarks>
    /// Every session but <paramref name="keepSession"/> (the one changing it) ends.
    /// </remarks>
    [ResponseTimeout(PasswordHashingTimeout)]
    Task<PasswordChange> ChangePassword(string currentPassword, string newPassword, Guid? keepSession);

    /// <summary>
    /// The pimpinan's reset: a new one-time password (shown once) that must be changed at first sign-in; every session
    /// ends.
    /// </summary>
    [ResponseTimeout(PasswordHashingTimeout)]
    Task<OneTimePassword> ResetPassword();

    /// <summary>
    /// Starts a browser session after a successful <see cref="SignIn"/>: its id goes into the
    /// (encrypted) cookie and is checked here on every request, so ending it here ends it everywhere.
    /// </summary>
    Task<Authenticated> StartSession(TimeSpan lifetime);

    /// <summary>Sign-out: the session ends at once.</summary>
    Task EndSession(Guid sessionId);

    /// <summary>
    /// The account behind a live session or token, or null when it ended, was revoked, expired or
    /// the account was deactivated. Gateways ask on requests and, for hub connections, periodically.
    /// </summary>
    [AlwaysInterleave]
    Task<AccountInfo?> Validate(Credential credential);

    /// <summary>
    /// A deactivated account cannot sign in, its sessions end and its tokens are revoked; reactivating lets it sign in
    /// again.
    /// </summary>
    Task SetActive(bool active);

    /// <summary>The owner's language for the web app: <c>id</c> (Bahasa Indonesia) or <c>en</c>.</summary>
    Task SetLanguage(string language);

    /// <summary>The account's state for the pimpinan's staff screen.</summary>
    [AlwaysInterleave]
    Task<AccountStatus?> Status();

    /// <summary>
    /// Issues a token for scripts (<see cref="TokenPurpose.Api"/>) or the calendar feed, valid for
    /// <paramref name="lifetime"/>; refused while the password must be changed, and with
    /// <c>too_many_tokens</c> when the account already holds <paramref name="maxLive"/> live tokens (finding 15).
    /// </summary>
    Task<IssuedToken> IssueToken(TokenPurpose purpose, string label, TimeSpan lifetime, int maxLive);

    /// <summary>The account behind a token secret, or null when unknown, revoked, expired or deactivated.</summary>
    [AlwaysInterleave]
    Task<Authenticated?> Authenticate(TokenPurpose purpose, string secret);

    Task RevokeToken(Guid tokenId);

    Task<List<TokenInfo>> Tokens();

    [AlwaysInterleave]
    Task<AccountInfo?> Info();
}

/// <summary>What a signed-in request rests on: a browser session or a token, by id.</summary>
[GenerateSerializer, Immutable]
public sealed record Credential([property: Id(0)] CredentialKind Kind, [property: Id(1)] Guid Id);

public enum CredentialKind
{
    Session,
    Token,
}

[GenerateSerializer, Immutable]
public sealed record Authenticated([property: Id(0)] AccountInfo Account, [property: Id(1)] Credential Credential);

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
    [property: Id(3)] bool MustChangePassword,
    [property: Id(4)] string Language,
    [property: Id(5)] string PantiCode);

/// <summary>What the pimpinan sees of a staff member's account.</summary>
[GenerateSerializer, Immutable]
public sealed record AccountStatus(
    [property: Id(0)] string UserName,
    [property: Id(1)] Guid StaffId,
    [property: Id(2)] bool Active,
    [property: Id(3)] bool MustChangePassword);

public enum PasswordChange
{
    Changed,
    CurrentPasswordWrong,
    Unchanged,
}

/// <summary>The languages of the web app; the first is the product's.</summary>
public static class Languages
{
    public const string Indonesian = "id";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Indonesian, English];

    public static bool IsKnown(string? language) => language is not null && All.Contains(language);
}

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
    Deactivated,
}

[GenerateSerializer, Immutable]
public sealed record SignInAttempt(
    [property: Id(0)] SignInOutcome Outcome,
    [property: Id(1)] AccountInfo? Account);

/// <summary>A freshly issued token: <see cref="Token"/> is shown once and never again.</summary>
[GenerateSerializer, Immutable]
public sealed record IssuedToken(
    [property: Id(0)] Guid TokenId,
    [property: Id(1)] string Token,
    [property: Id(2)] TokenPurpose Purpose,
    [property: Id(3)] DateTimeOffset IssuedAt,
    [property: Id(4)] DateTimeOffset ExpiresAt);

[GenerateSerializer, Immutable]
public sealed record TokenInfo(
    [property: Id(0)] Guid TokenId,
    [property: Id(1)] TokenPurpose Purpose,
    [property: Id(2)] string Label,
    [property: Id(3)] DateTimeOffset IssuedAt,
    [property: Id(4)] DateTimeOffset ExpiresAt);
