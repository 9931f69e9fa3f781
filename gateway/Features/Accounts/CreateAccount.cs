using CaseConference.Contracts;
using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Accounts;

/// <summary>The pimpinan gives a registered staff member a sign-in account.</summary>
public sealed record CreateAccount(Caller Caller, Guid StaffId, string UserName, string Password) : IRequest<AccountInfo>, IValidated
{
    public sealed record Body(string UserName, string Password);

    public void Validate(Checks checks) => checks
        .Id("staffId", StaffId)
        .That(AccountNames.IsValid(AccountNames.Normalize(UserName ?? "")), "userName", "must be 3-40 letters, digits, '_' or '-'.")
        .Text("password", Password, 1024)
        .That(Password is null || Password.Length >= 8, "password", "must have at least 8 characters.");
}

public sealed class CreateAccountHandler(IClusterClient cluster) : IRequestHandler<CreateAccount, AccountInfo>
{
    public async ValueTask<AccountInfo> Handle(CreateAccount request, CancellationToken cancellationToken)
    {
        var profile = await cluster.GetGrain<IPantiGrain>(request.Caller.PantiId).Profile(request.Caller);
        if (!profile.ActorFor(request.Caller.StaffId).IsPimpinan)
        {
            throw DomainException.Forbidden("pimpinan_only", "Only the pimpinan creates sign-in accounts.");
        }

        profile.Find(request.StaffId);
        return await cluster.GetGrain<IAccountGrain>(AccountNames.Normalize(request.UserName))
            .Create(profile.Id, request.StaffId, request.Password);
    }
}
