using CaseConference.Contracts;
using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>
/// The pimpinan's way to a staff member's account: only the pimpinan, only their own panti's staff
/// (another panti's staff id is "not found", TN1), and only an account that exists.
/// </summary>
internal static class StaffAccounts
{
    public static async Task<IAccountGrain> ForPimpinan(IClusterClient cluster, Caller caller, Guid staffId)
    {
        var profile = await cluster.GetGrain<IPantiGrain>(caller.PantiId).Profile(caller);
        if (!profile.ActorFor(caller.StaffId).IsPimpinan)
        {
            throw DomainException.Forbidden("pimpinan_only", "Only the pimpinan manages sign-in accounts.");
        }

        profile.Find(staffId);
        var userName = await cluster.GetGrain<IStaffAccountGrain>(staffId).UserName(profile.Id)
            ?? throw DomainException.NotFound("account_not_found", "This staff member has no sign-in account.");
        return cluster.Account(new AccountKey(profile.SignInCode, userName));
    }
}
