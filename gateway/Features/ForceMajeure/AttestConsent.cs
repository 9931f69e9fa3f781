using CaseConference.Contracts;
using CaseConference.Contracts.ForceMajeure;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.ForceMajeure;

/// <summary>
/// FM2, attested: the secretary records a core member's consent given by phone (who, how, their justification).
/// </summary>
public sealed record AttestConsent(Caller Caller, Guid ForceMajeureId, Guid StaffId, string How, string Justification)
    : IRequest<ForceMajeureOverride>, IValidated
{
    public sealed record Body(Guid StaffId, string How, string Justification);

    public void Validate(Checks checks) => checks
        .Id("staffId", StaffId)
        .Text("how", How, Checks.MaxShortText)
        .Text("justification", Justification);
}

/// <summary>
/// The member confirms the consent attested for them (it counts from now) or declines it (it never counts).
/// </summary>
public sealed record AnswerAttestedConsent(Caller Caller, Guid ForceMajeureId, bool Confirm)
    : IRequest<ForceMajeureOverride>;

public sealed class AttestedConsentHandlers(IClusterClient cluster)
    : IRequestHandler<AttestConsent, ForceMajeureOverride>, IRequestHandler<AnswerAttestedConsent, ForceMajeureOverride>
{
    public async ValueTask<ForceMajeureOverride> Handle(AttestConsent request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IForceMajeureGrain>(request.ForceMajeureId)
            .AttestConsent(request.Caller, request.StaffId, request.How, request.Justification);

    public async ValueTask<ForceMajeureOverride> Handle(AnswerAttestedConsent request,
        CancellationToken cancellationToken)
    {
        var grain = cluster.GetGrain<IForceMajeureGrain>(request.ForceMajeureId);
        return request.Confirm ? await grain.ConfirmAttestedConsent(request.Caller)
            : await grain.DeclineAttestedConsent(request.Caller);
    }
}
