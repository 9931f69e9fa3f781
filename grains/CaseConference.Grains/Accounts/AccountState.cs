namespace CaseConference.Grains.Accounts;

[GenerateSerializer]
public sealed class AccountState
{
    [Id(0)] public Guid? PantiId { get; set; }

    [Id(1)] public Guid StaffId { get; set; }

    /// <summary>ASP.NET Core PasswordHasher output (PBKDF2, versioned), never the password.</summary>
    [Id(2)] public string PasswordHash { get; set; } = "";

    [Id(5)] public List<StoredToken> Tokens { get; set; } = [];

    /// <summary>Set by a one-time password: nothing but changing it works until it is changed.</summary>
    [Id(6)] public bool MustChangePassword { get; set; }

    /// <summary>A leaver's account: it cannot sign in and holds no tokens.</summary>
    [Id(7)] public bool Deactivated { get; set; }

    /// <summary>The web app's language; null is the product's own (Bahasa Indonesia).</summary>
    [Id(8)] public string? Language { get; set; }

    /// <summary>Live browser sessions, oldest first.</summary>
    [Id(9)] public List<StoredSession> Sessions { get; set; } = [];
}

/// <summary>A browser session: the cookie holds its id, which is worthless once removed here.</summary>
[GenerateSerializer]
public sealed record StoredSession(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] DateTimeOffset StartedAt,
    [property: Id(2)] DateTimeOffset ExpiresAt);

/// <summary>An issued token: only the SHA-256 of its secret is kept.</summary>
[GenerateSerializer]
public sealed record StoredToken(
    [property: Id(0)] Guid TokenId,
    [property: Id(1)] Contracts.Accounts.TokenPurpose Purpose,
    [property: Id(2)] string Label,
    [property: Id(3)] string SecretHash,
    [property: Id(4)] DateTimeOffset IssuedAt,
    [property: Id(5)] DateTimeOffset? ExpiresAt = null)
{
    /// <summary>Tokens issued before expiry existed last as long as a default token does now.</summary>
    public static readonly TimeSpan LegacyLifetime = TimeSpan.FromDays(90);

    public DateTimeOffset Expires => ExpiresAt ?? IssuedAt + LegacyLifetime;
}
