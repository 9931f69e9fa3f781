using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>KK4: the client's responsible staff submits the case summary of an agenda item.</summary>
public sealed record SubmitCaseSummary(Caller Caller, Guid ConferenceId, string? IfMatch, Guid ItemId, string Text) : IRequest<Changed>, IValidated
{
    public sealed record Body(string Text);

    public void Validate(Checks checks) => checks.Text("text", Text);
}

public sealed class SubmitCaseSummaryHandler(IClusterClient cluster) : IRequestHandler<SubmitCaseSummary, Changed>
{
    public async ValueTask<Changed> Handle(SubmitCaseSummary request, CancellationToken cancellationToken)
    {
        var kk = cluster.GetGrain<IConferenceGrain>(request.ConferenceId);
        await ConferenceVersion.Match(kk, request.Caller, request.IfMatch, required: false);
        await kk.SubmitCaseSummary(request.Caller, request.ItemId, request.Text);
        return new Changed(await ConferenceVersion.After(kk, request.Caller));
    }
}
