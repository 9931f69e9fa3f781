using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Domain.Clients;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>CL1: Tata Usaha, the secretary or the pimpinan enters a definitive candidate in the buku induk.</summary>
public sealed record RegisterClient(Caller Caller, Guid ClientId, Registration Registration)
    : Mediator.IRequest, IValidated
{
    public void Validate(Checks checks)
    {
        var r = Registration;
        checks.Present("body", r);
        if (r is null)
        {
            return;
        }

        checks.Text("registerNumber", r.RegisterNumber, Checks.MaxShortText)
            .Text("clientMasterNumber", r.ClientMasterNumber, Checks.MaxShortText)
            .Text("fullName", r.FullName, Checks.MaxShortText)
            .Text("origin", r.Origin, Checks.MaxShortText)
            .Text("referringAgency", r.ReferringAgency, Checks.MaxShortText)
            .That(r.BirthDate != default, "birthDate", "is required.")
            .That(Enum.IsDefined(r.Sex), "sex", "is not Male or Female.")
            .OptionalText("birthPlace", r.BirthPlace, Checks.MaxShortText)
            .OptionalText("religion", r.Religion, Checks.MaxShortText);
    }
}

public sealed class RegisterClientHandler(IClusterClient cluster) : IRequestHandler<RegisterClient>
{
    public async ValueTask<Unit> Handle(RegisterClient request, CancellationToken cancellationToken)
    {
        await cluster.GetGrain<IClientGrain>(request.ClientId).Register(request.Caller, request.Registration);
        return Unit.Value;
    }
}
