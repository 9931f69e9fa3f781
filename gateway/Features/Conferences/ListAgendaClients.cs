using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Clients;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// The clients on a KK's agenda by name and register number, so the screens and the notulen name
/// them (participants and the pimpinan, who follow the KK), to those CL6 lets read the client's
/// record now; the case record itself stays behind CL6.
/// </summary>
public sealed record ListAgendaClients(Caller Caller, Guid ConferenceId)
    : IRequest<List<ListAgendaClients.AgendaClient>>
{
    /// <summary>
    /// Name, number and stage are null, and <see cref="CaseContentWithheld"/> true, for a client CL6 keeps from the caller.
    /// </summary>
    public sealed record AgendaClient(Guid ClientId, string? Name, string? RegisterNumber, ClientStage? Stage,
        bool CaseContentWithheld = false);
}

public sealed class ListAgendaClientsHandler(IClusterClient cluster)
    : IRequestHandler<ListAgendaClients, List<ListAgendaClients.AgendaClient>>
{
    public async ValueTask<List<ListAgendaClients.AgendaClient>> Handle(ListAgendaClients request,
        CancellationToken cancellationToken)
    {
        // CL6: the snapshot withholds the clients the caller may not read now (and audits the answer);
        // their items are listed without name and number.
        var snapshot = await cluster.GetGrain<IConferenceGrain>(request.ConferenceId).Snapshot(request.Caller);
        var withheld = snapshot.Conference.Agenda.Where(a => a.CaseContentWithheld).Select(a => a.ClientId).ToHashSet();
        var facts = await Task.WhenAll(snapshot.Conference.Agenda.Select(a => a.ClientId).Distinct()
            .Select(id => cluster.GetGrain<IClientGrain>(id).Facts(request.Caller.PantiId)));
        return [.. facts.Select(f => withheld.Contains(f.ClientId)
            ? new ListAgendaClients.AgendaClient(f.ClientId, null, null, null, CaseContentWithheld: true)
            : new ListAgendaClients.AgendaClient(f.ClientId, f.Name, f.RegisterNumber, f.Stage))];
    }
}
