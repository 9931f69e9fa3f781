using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// KK4: a core member or invited professional confirms receipt of a case summary (repeats are harmless).
/// </summary>
public sealed record AcknowledgeCaseSummary(Caller Caller, Guid ConferenceId, string? IfMatch, Guid ItemId)
    : IConferenceCommand, IRequest<Changed>, IValidated
{

    public void Validate(Checks checks) { }
}

public sealed class AcknowledgeCaseSummaryHandler(IClusterClient cluster)
    : IRequestHandler<AcknowledgeCaseSummary, Changed>
{
    public async ValueTask<Changed> Handle(AcknowledgeCaseSummary request, CancellationToken cancellationToken) =>
        Changed.To(await cluster.Conference(request).AcknowledgeCaseSummary(request.Caller,
            request.Expected(), request.ItemId));
}
