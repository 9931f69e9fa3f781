using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>KK11: the responsible staff files the post-KK summary for a client decided on.</summary>
public sealed record FilePostKkSummary(Caller Caller, Guid ConferenceId, string? IfMatch, Guid ClientId, string Text)
    : IConferenceCommand, IRequest<Changed>, IValidated
{
    public sealed record Body(Guid ClientId, string Text);

    public void Validate(Checks checks) => checks.Id("clientId", ClientId).Text("text", Text);
}

public sealed class FilePostKkSummaryHandler(IClusterClient cluster) : IRequestHandler<FilePostKkSummary, Changed>
{
    public async ValueTask<Changed> Handle(FilePostKkSummary request, CancellationToken cancellationToken) =>
        Changed.To(await cluster.Conference(request).FileSummary(request.Caller, request.Expected(),
            request.ClientId, request.Text));
}
