using CaseConference.Contracts;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Reviews;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>
/// The panti's clients (what the schedule knows; not the confidential record, so not audited):
/// searched by name or register number, filtered by stage, responsible peksos and review status,
/// sorted, and one page of them with the total that matched. The agenda's client picker asks
/// <c>?search=&amp;limit=20</c> as a person types; the Klien screen pages through the rest.
/// </summary>
public sealed record ListClients(Caller Caller, ClientQuery Query, int Offset = 0, int Limit = ListClients.DefaultLimit)
    : IRequest<ListClients.ClientPage>, IValidated
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public sealed record Item(
        Guid Id, string Name, string? RegisterNumber, ClientStage Stage, Guid? PeksosId, string? PeksosName,
        DateOnly? ReviewDueOn, ReviewStatus? ReviewStatus);

    /// <summary>
    /// The rows from <see cref="Offset"/> on, at most <see cref="Limit"/>, and how many matched in all.
    /// </summary>
    public sealed record ClientPage(List<Item> Items, int Total, int Offset, int Limit);

    public void Validate(Checks checks)
    {
        Query.Validate(checks);
        checks.That(Offset >= 0, "offset", "must not be negative.")
            .That(Limit is >= 1 and <= MaxLimit, "limit", $"must be 1 to {MaxLimit}.");
    }
}

public sealed class ListClientsHandler(IClusterClient cluster, TimeProvider clock)
    : IRequestHandler<ListClients, ListClients.ClientPage>
{
    public async ValueTask<ListClients.ClientPage> Handle(ListClients request, CancellationToken cancellationToken)
    {
        var matching = request.Query.Apply(await ClientRoster.ReadAsync(cluster, clock, request.Caller)).ToList();
        return new ListClients.ClientPage([.. matching.Skip(request.Offset).Take(request.Limit)], matching.Count,
            request.Offset, request.Limit);
    }
}
