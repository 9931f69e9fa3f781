using CaseConference.Contracts;
using CaseConference.Contracts.ForceMajeure;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.ForceMajeure;

/// <summary>FM1: a core member or designated staff proposes an emergency change to one formulation item.</summary>
public sealed record ProposeForceMajeure(Caller Caller, Guid ForceMajeureId, Guid ClientId, int ItemNumber,
    ForceMajeureKind Kind, string? NewText, string Reason)
    : IRequest<ForceMajeureOverride>, IValidated
{
    public sealed record Body(Guid? Id, Guid ClientId, int ItemNumber, ForceMajeureKind Kind,
        string? NewText, string Reason);

    public void Validate(Checks checks) => checks
        .Id("id", ForceMajeureId)
        .Id("clientId", ClientId)
        .That(ItemNumber > 0, "itemNumber", "must be positive.")
        .That(Enum.IsDefined(Kind), "kind", "is not Postpone, Change or Annul.")
        .OptionalText("newText", NewText)
        .Text("reason", Reason);
}

public sealed class ProposeForceMajeureHandler(IClusterClient cluster)
    : IRequestHandler<ProposeForceMajeure, ForceMajeureOverride>
{
    public async ValueTask<ForceMajeureOverride> Handle(ProposeForceMajeure r, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IForceMajeureGrain>(GrainIds.Chosen(r.Caller.PantiId, r.ForceMajeureId))
            .Propose(r.Caller, r.ClientId, r.ItemNumber, r.Kind, r.NewText, r.Reason);
}
