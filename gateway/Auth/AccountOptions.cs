namespace CaseConference.Gateway.Auth;

/// <summary>
/// Configuration section <c>Accounts</c>: lifetimes and checks of sessions and tokens (docs/ARCHITECTURE.md).
/// </summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>A token's lifetime when its issuer does not choose one.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The longest lifetime an issuer may choose.</summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromDays(365);

    /// <summary>A browser session's lifetime from sign-in (a working day).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long a gateway trusts a session check before asking the account grain again.</summary>
    public TimeSpan SessionCheckCache { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a gateway trusts an API token check before asking the account grain again. A
    /// revocation is pushed to every gateway at once; this bounds one that was not delivered.
    /// </summary>
    public TimeSpan TokenCheckCache { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often a gateway renews its subscription to account changes (inside the grain's three-minute expiry).
    /// </summary>
    public TimeSpan ChangesRenewal { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a gateway re-checks the session or token of every open hub connection.</summary>
    public TimeSpan HubRevalidation { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Sign-in attempts (any names) one client address may make per <see cref="SignInWindow"/>.</summary>
    public int SignInPerClient { get; set; } = 30;

    /// <summary>Sign-in attempts for one user name from one client address per <see cref="SignInWindow"/>.</summary>
    public int SignInPerNameAndClient { get; set; } = 5;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Sign-ins (password hashing) a gateway runs at once; more wait in a queue of <see cref="SignInQueue"/>.
    /// </summary>
    public int SignInConcurrency { get; set; } = 2;

    public int SignInQueue { get; set; } = 16;

    /// <summary>
    /// Live (unexpired, unrevoked) tokens, API and calendar together, one account may hold (finding 15).
    /// </summary>
    public int MaxTokensPerAccount { get; set; } = 20;

    /// <summary>
    /// Open hub connections (/hubs/conference and /hubs/schedule together) one account may hold on one gateway (finding
    /// 15).
    /// </summary>
    public int MaxHubConnectionsPerAccount { get; set; } = 10;
}
