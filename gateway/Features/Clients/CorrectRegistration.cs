using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Domain.Clients;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>
/// CL1: those who may register a client correct its buku induk entry: only the fields sent change,
/// and each change is a chronology line with who, when, the field, before and after.
/// </summary>
public sealed record CorrectRegistration(Caller Caller, Guid ClientId, RegistrationCorrection Correction)
    : Mediator.IRequest, IValidated
{
    public void Validate(Checks checks)
    {
        var c = Correction;
        checks.Present("body", c);
        if (c is null)
        {
            return;
        }

        // A field that is sent must be a real value; leaving it out keeps it as it is.
        checks.That(c != new RegistrationCorrection { Reason = c.Reason }, "body",
            "names at least one field to correct.")
            .That(c.RegisterNumber is null || !string.IsNullOrWhiteSpace(c.RegisterNumber),
                "registerNumber", "must not be empty.")
            .That(c.ClientMasterNumber is null || !string.IsNullOrWhiteSpace(c.ClientMasterNumber),
                "clientMasterNumber", "must not be empty.")
            .That(c.FullName is null || !string.IsNullOrWhiteSpace(c.FullName), "fullName", "must not be empty.")
            .That(c.Origin is null || !string.IsNullOrWhiteSpace(c.Origin), "origin", "must not be empty.")
            .That(c.ReferringAgency is null || !string.IsNullOrWhiteSpace(c.ReferringAgency),
                "referringAgency", "must not be empty.")
            .OptionalText("registerNumber", c.RegisterNumber, Checks.MaxShortText)
            .OptionalText("clientMasterNumber", c.ClientMasterNumber, Checks.MaxShortText)
            .OptionalText("fullName", c.FullName, Checks.MaxShortText)
            .OptionalText("origin", c.Origin, Checks.MaxShortText)
            .OptionalText("referringAgency", c.ReferringAgency, Checks.MaxShortText)
            .OptionalText("birthPlace", c.BirthPlace, Checks.MaxShortText)
            .OptionalText("religion", c.Religion, Checks.MaxShortText)
            .OptionalText("reason", c.Reason)
            .That(c.BirthDate is null || c.BirthDate <= DateOnly.FromDateTime(checks.Now.UtcDateTime),
                "birthDate", "lies in the future.")
            .That(c.BirthDate is null || c.BirthDate != default, "birthDate", "is not a date.");
    }
}

public sealed class CorrectRegistrationHandler(IClusterClient cluster) : IRequestHandler<CorrectRegistration>
{
    public async ValueTask<Unit> Handle(CorrectRegistration request, CancellationToken cancellationToken)
    {
        await cluster.GetGrain<IClientGrain>(request.ClientId).CorrectRegistration(request.Caller, request.Correction);
        return Unit.Value;
    }
}
