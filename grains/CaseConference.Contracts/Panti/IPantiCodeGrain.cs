namespace CaseConference.Contracts.Panti;

/// <summary>
/// One panti sign-in code, keyed by the code: the one place that keeps codes unique. Founding a
/// panti claims its code first; an account grain checks here that the panti creating it owns the
/// code in its key, so no panti can hold a name under another panti's code.
/// </summary>
public interface IPantiCodeGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims the code for the panti; the same panti again is harmless, another is refused with
    /// <c>panti_code_taken</c>.
    /// </summary>
    Task Claim(Guid pantiId);

    /// <summary>The panti holding the code, or null.</summary>
    [AlwaysInterleave]
    Task<Guid?> Panti();
}
