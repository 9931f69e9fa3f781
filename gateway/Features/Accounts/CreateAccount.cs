using CaseConference.Contracts;
using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>
/// The pimpinan gives a registered staff member their one sign-in account. The password is
/// generated and shown once; its owner must change it at first sign-in.
/// </summary>
public sealed record CreateAccount(Caller Caller, Guid StaffId, string UserName) : IRequest<OneTimePassword>, IValidated
{
    public sealed record Body(string UserName);

    public void Validate(Checks checks) => checks
        .Id("staffId", StaffId)
        .That(AccountNames.IsValid(AccountNames.Normalize(UserName ?? "")), "userName",
            "must be 3-40 letters, digits, '_' or '-'.");
}

public sealed class CreateAccountHandler(IClusterClient cluster) : IRequestHandler<CreateAccount, OneTimePassword>
{
    public async ValueTask<OneTimePassword> Handle(CreateAccount request, CancellationToken cancellationToken)
    {
        var profile = await cluster.GetGrain<IPantiGrain>(request.Caller.PantiId).Profile(request.Caller);
        if (!profile.ActorFor(request.Caller.StaffId).IsPimpinan)
        {
            throw DomainException.Forbidden("pimpinan_only", "Only the pimpinan creates sign-in accounts.");
        }

        profile.Find(request.StaffId);
        // Finding 11: the name is looked up in the caller's own panti only, so user_name_taken never speaks of another.
        return await cluster.Account(new AccountKey(profile.SignInCode, AccountNames.Normalize(request.UserName)))
            .CreateWithOneTimePassword(profile.Id, request.StaffId);
    }
}
