using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Features.Clients;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// RV4/KK5: the panti's KKs, upcoming (planned, in session; start order) or past (closed, sealed,
/// cancelled, or planned but never held; newest first), filtered by state and kind, with state,
/// chair, client count and whether the caller is invited: one page with the total that matched.
/// </summary>
public sealed record ListConferences(
    Caller Caller, string? When = null, string? Status = null, string? Kind = null, int Offset = 0,
        int Limit = ListConferences.DefaultLimit)
    : IRequest<ListConferences.ConferencePage>, IValidated
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Which KKs: the query's <c>when</c>, bound by name only (Finding 12), upcoming when absent.</summary>
    public bool Upcoming => When is null || When.Equals("upcoming", StringComparison.OrdinalIgnoreCase);

    public ConferenceState? StatusValue => QueryNames.Parse<ConferenceState>(Status);

    public ConferenceKind? KindValue => QueryNames.Parse<ConferenceKind>(Kind);

    public void Validate(Checks checks) => checks
        .That(Upcoming || When!.Equals("past", StringComparison.OrdinalIgnoreCase), "when", "must be Upcoming or Past.")
        .That(QueryNames.IsNameOrAbsent<ConferenceState>(Status), "status", QueryNames.OneOf<ConferenceState>())
        .That(QueryNames.IsNameOrAbsent<ConferenceKind>(Kind), "kind", QueryNames.OneOf<ConferenceKind>())
        .That(Offset >= 0, "offset", "must not be negative.")
        .That(Limit is >= 1 and <= MaxLimit, "limit", $"must be 1 to {MaxLimit}.");

    public sealed record Row(
        Guid Id, ConferenceKind Kind, ConferenceState State, DateTimeOffset Start, Guid? ChairId, string? ChairName,
        int ClientCount, bool AwaitingApproval, bool WaivesPreCirculation, bool Invited);

    /// <summary>
    /// The rows from <see cref="Offset"/> on, at most <see cref="Limit"/>, and how many matched in all.
    /// </summary>
    public sealed record ConferencePage(List<Row> Items, int Total, int Offset, int Limit);
}

public sealed class ListConferencesHandler(IClusterClient cluster, TimeProvider clock)
    : IRequestHandler<ListConferences, ListConferences.ConferencePage>
{
    public async ValueTask<ListConferences.ConferencePage> Handle(ListConferences request,
        CancellationToken cancellationToken)
    {
        var all = await cluster.GetGrain<IConferenceRegisterGrain>(request.Caller.PantiId).List(request.Caller);
        var upcoming = request.Upcoming;
        var now = clock.GetUtcNow();
        var chosen = all.Where(c => c.IsUpcomingAt(now) == upcoming
            && (request.StatusValue is not { } state || c.State == state)
            && (request.KindValue is not { } kind || c.Kind == kind)).ToList();
        // Ties by id, so pages never overlap.
        var ordered = upcoming ? chosen.OrderBy(c => c.Start).ThenBy(c => c.Id)
            : chosen.OrderByDescending(c => c.Start).ThenBy(c => c.Id);
        return new ListConferences.ConferencePage(
            [.. ordered.Skip(request.Offset).Take(request.Limit).Select(c => Row(c, request.Caller.StaffId))],
                chosen.Count, request.Offset, request.Limit);
    }

    private static ListConferences.Row Row(ConferenceListing c, Guid me) => new(
        c.Id, c.Kind, c.State, c.Start, c.ChairId, c.Participants.FirstOrDefault(p => p.StaffId == c.ChairId)?.Name,
        c.Agenda.Select(a => a.ClientId).Distinct().Count(), c.AwaitingApproval, c.Urgent?.WaivesPreCirculation == true,
        c.Participants.Any(p => p.StaffId == me));
}
