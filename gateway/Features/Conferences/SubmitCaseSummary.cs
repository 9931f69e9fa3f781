using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>KK4: the client's responsible staff submits the case summary of an agenda item.</summary>
public sealed record SubmitCaseSummary(Caller Caller, Guid ConferenceId, string? IfMatch, Guid ItemId, string Text)
    : IConferenceCommand, IRequest<Changed>, IValidated
{
    public sealed record Body(string Text);

    public void Validate(Checks checks) => checks.Text("text", Text);
}

public sealed class SubmitCaseSummaryHandler(IClusterClient cluster) : IRequestHandler<SubmitCaseSummary, Changed>
{
    public async ValueTask<Changed> Handle(SubmitCaseSummary request, CancellationToken cancellationToken) =>
        Changed.To(await cluster.Conference(request).SubmitCaseSummary(request.Caller, request.Expected(),
            request.ItemId, request.Text));
}
