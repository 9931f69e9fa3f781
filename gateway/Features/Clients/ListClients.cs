using CaseConference.Contracts;
using CaseConference.Contracts.Reviews;
using Mediator;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>The panti's clients by name and register number (what the schedule knows; not the confidential record, so not audited).</summary>
public sealed record ListClients(Caller Caller) : IRequest<List<ListClients.Item>>
{
    public sealed record Item(Guid Id, string Name, string? RegisterNumber);
}

public sealed class ListClientsHandler(IClusterClient cluster) : IRequestHandler<ListClients, List<ListClients.Item>>
{
    public async ValueTask<List<ListClients.Item>> Handle(ListClients request, CancellationToken cancellationToken)
    {
        var view = await cluster.GetGrain<IReviewScheduleGrain>(request.Caller.PantiId).View(request.Caller);
        var numbers = view.RegisterNumbers ?? [];
        return [.. view.ClientNames
            .Select(c => new ListClients.Item(c.Key, c.Value, numbers.TryGetValue(c.Key, out var number) ? number : null))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
    }
}
