using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Domain.Clients;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>CL1/CL5: a stage transition staff may record (with a reason; termination with its reason).</summary>
public sealed record MoveStage(Caller Caller, Guid ClientId, ClientStage To, string Why, TerminationReason? Reason)
    : Mediator.IRequest, IValidated
{
    public sealed record Body(ClientStage To, string Why, TerminationReason? Reason);

    public void Validate(Checks checks) => checks
        .That(Enum.IsDefined(To), "to", "is not a stage.")
        .Text("why", Why)
        .That(Reason is null || Enum.IsDefined(Reason.Value), "reason", "is not a termination reason.");
}

public sealed class MoveStageHandler(IClusterClient cluster) : IRequestHandler<MoveStage>
{
    public async ValueTask<Unit> Handle(MoveStage request, CancellationToken cancellationToken)
    {
        await cluster.GetGrain<IClientGrain>(request.ClientId).MoveTo(request.Caller, request.To,
            request.Why, request.Reason);
        return Unit.Value;
    }
}
