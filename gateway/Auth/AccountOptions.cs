namespace CaseConference.Gateway.Auth;

/// <summary>Configuration section <c>Accounts</c>: token lifetimes (documented in docs/ARCHITECTURE.md).</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>A token's lifetime when its issuer does not choose one.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The longest lifetime an issuer may choose.</summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromDays(365);
}
