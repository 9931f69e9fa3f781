using CaseConference.Contracts;
using CaseConference.Contracts.ForceMajeure;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.ForceMajeure;

/// <summary>FM2: a core member consents with a professional justification; a repeat counts once.</summary>
public sealed record ConsentToForceMajeure(Caller Caller, Guid ForceMajeureId, string Justification)
    : IRequest<ForceMajeureOverride>, IValidated
{
    public sealed record Body(string Justification);

    public void Validate(Checks checks) => checks.Text("justification", Justification);
}

/// <summary>FM3: a core member objects before it is in force; the consensus is broken.</summary>
public sealed record ObjectToForceMajeure(Caller Caller, Guid ForceMajeureId, string Reason)
    : IRequest<ForceMajeureOverride>, IValidated
{
    public sealed record Body(string Reason);

    public void Validate(Checks checks) => checks.Text("reason", Reason);
}

public sealed class ConsentOrObjectHandlers(IClusterClient cluster)
    : IRequestHandler<ConsentToForceMajeure, ForceMajeureOverride>,
        IRequestHandler<ObjectToForceMajeure, ForceMajeureOverride>
{
    public async ValueTask<ForceMajeureOverride> Handle(ConsentToForceMajeure request,
        CancellationToken cancellationToken) =>
        await cluster.GetGrain<IForceMajeureGrain>(request.ForceMajeureId)
            .Consent(request.Caller, request.Justification);

    public async ValueTask<ForceMajeureOverride> Handle(ObjectToForceMajeure request,
        CancellationToken cancellationToken) =>
        await cluster.GetGrain<IForceMajeureGrain>(request.ForceMajeureId).Object(request.Caller, request.Reason);
}
