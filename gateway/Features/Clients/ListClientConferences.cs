using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using Mediator;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>
/// The case file's KKs: every KK of the panti with the client on its agenda, newest first, and
/// why (the agenda purposes). That a client was discussed is case content, so CL6 decides and the
/// read is audited (<c>via client_conferences</c>); the decisions are the chronology's lines.
/// </summary>
public sealed record ListClientConferences(Caller Caller, Guid ClientId)
    : IRequest<List<ListClientConferences.ClientConference>>
{
    public const string Via = "client_conferences";

    public sealed record ClientConference(Guid Id, ConferenceKind Kind, ConferenceState State, DateTimeOffset Start,
        List<AgendaPurpose> Purposes);
}

public sealed class ListClientConferencesHandler(IClusterClient cluster)
    : IRequestHandler<ListClientConferences, List<ListClientConferences.ClientConference>>
{
    public async ValueTask<List<ListClientConferences.ClientConference>> Handle(ListClientConferences request,
        CancellationToken cancellationToken)
    {
        if (!await cluster.GetGrain<IClientGrain>(request.ClientId).MayReadCaseContent(request.Caller,
            ListClientConferences.Via))
        {
            throw Client.Confidential();
        }

        var listings = await cluster.GetGrain<IConferenceRegisterGrain>(request.Caller.PantiId).List(request.Caller);
        return [.. listings
            .Where(l => l.Agenda.Any(a => a.ClientId == request.ClientId))
            .OrderByDescending(l => l.Start)
            .Select(l => new ListClientConferences.ClientConference(
                l.Id, l.Kind, l.State, l.Start,
                    [.. l.Agenda.Where(a => a.ClientId == request.ClientId).Select(a => a.Purpose).Distinct()]))];
    }
}
