using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Clients;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// The clients on a KK's agenda by name and register number, so the screens and the notulen name
/// them (participants and the pimpinan, who follow the KK). Nothing confidential: the case record
/// itself stays behind CL6.
/// </summary>
public sealed record ListAgendaClients(Caller Caller, Guid ConferenceId) : IRequest<List<ListAgendaClients.AgendaClient>>
{
    public sealed record AgendaClient(Guid ClientId, string Name, string? RegisterNumber, ClientStage Stage);
}

public sealed class ListAgendaClientsHandler(IClusterClient cluster) : IRequestHandler<ListAgendaClients, List<ListAgendaClients.AgendaClient>>
{
    public async ValueTask<List<ListAgendaClients.AgendaClient>> Handle(ListAgendaClients request, CancellationToken cancellationToken)
    {
        var snapshot = await cluster.GetGrain<IConferenceGrain>(request.ConferenceId).Snapshot(request.Caller);
        var facts = await Task.WhenAll(snapshot.Conference.Agenda.Select(a => a.ClientId).Distinct()
            .Select(id => cluster.GetGrain<IClientGrain>(id).Facts()));
        return [.. facts.Select(f => new ListAgendaClients.AgendaClient(f.ClientId, f.Name, f.RegisterNumber, f.Stage))];
    }
}
