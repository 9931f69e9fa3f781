namespace CaseConference.Contracts.Accounts;

/// <summary>
/// Which account a staff member has, keyed by the staff id: the one place that keeps a person to
/// at most one account, so nobody holds a second name to act in (FM2 consents count people).
/// </summary>
public interface IStaffAccountGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Records <paramref name="userName"/> as this staff member's account; the same name again is
    /// harmless, another name is refused with <c>staff_has_account</c>.
    /// </summary>
    Task Claim(Guid pantiId, string userName);

    /// <summary>The staff member's account name, or null when none (or another panti asks).</summary>
    [AlwaysInterleave]
    Task<string?> UserName(Guid pantiId);
}
