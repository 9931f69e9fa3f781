namespace CaseConference.Contracts.Accounts;

/// <summary>
/// Upgrade path (finding 11): before user names were per panti, tokens read <c>user.secret</c>.
/// Migration 0032 moved every account to its key <c>code:user</c> and wrote one of these, keyed by
/// the old global name, saying where it went, so tokens already in scripts and calendar apps keep
/// working until they expire. Nothing writes one any more; a name without one is unknown.
/// </summary>
public interface ILegacyAccountNameGrain : IGrainWithStringKey
{
    /// <summary>The account the old name moved to, or null.</summary>
    [AlwaysInterleave]
    Task<AccountKey?> MovedTo();
}
