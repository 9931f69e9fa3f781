using CaseConference.Contracts;
using CaseConference.Gateway.Features.Reviews;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>
/// The panti's clients by name and register number (what the schedule knows; not the confidential
/// record, so not audited). With <c>search</c>, only those whose name or register number contains
/// it, at most <see cref="MaxMatches"/>: the agenda's client picker asks as a person types.
/// </summary>
public sealed record ListClients(Caller Caller, string? Search = null) : IRequest<List<ListClients.Item>>, IValidated
{
    public const int MaxMatches = 20;

    public sealed record Item(Guid Id, string Name, string? RegisterNumber);

    public void Validate(Checks checks) => checks.OptionalText("search", Search, Checks.MaxShortText);
}

public sealed class ListClientsHandler(ScheduleViews views) : IRequestHandler<ListClients, List<ListClients.Item>>
{
    public async ValueTask<List<ListClients.Item>> Handle(ListClients request, CancellationToken cancellationToken)
    {
        var view = (await views.ReadAsync(request.Caller)).View;
        var numbers = view.RegisterNumbers ?? [];
        var all = view.ClientNames
            .Select(c => new ListClients.Item(c.Key, c.Value, numbers.TryGetValue(c.Key, out var number) ? number : null))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase);
        var search = request.Search?.Trim();
        return string.IsNullOrEmpty(search)
            ? [.. all]
            : [.. all.Where(c => Matches(c, search)).Take(ListClients.MaxMatches)];
    }

    private static bool Matches(ListClients.Item client, string search) =>
        client.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
        || (client.RegisterNumber?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false);
}
