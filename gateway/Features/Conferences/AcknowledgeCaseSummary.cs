using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>KK4: a core member or invited professional confirms receipt of a case summary (repeats are harmless).</summary>
public sealed record AcknowledgeCaseSummary(Caller Caller, Guid ConferenceId, string? IfMatch, Guid ItemId) : IRequest<Changed>, IValidated
{

    public void Validate(Checks checks) { }
}

public sealed class AcknowledgeCaseSummaryHandler(IClusterClient cluster) : IRequestHandler<AcknowledgeCaseSummary, Changed>
{
    public async ValueTask<Changed> Handle(AcknowledgeCaseSummary request, CancellationToken cancellationToken)
    {
        var kk = cluster.GetGrain<IConferenceGrain>(request.ConferenceId);
        await ConferenceVersion.Match(kk, request.Caller, request.IfMatch, required: false);
        await kk.AcknowledgeCaseSummary(request.Caller, request.ItemId);
        return new Changed(await ConferenceVersion.After(kk, request.Caller));
    }
}
