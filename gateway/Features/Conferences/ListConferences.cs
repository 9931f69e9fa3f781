using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// RV4/KK5: the panti's KKs, upcoming (planned, in session; start order) or past (closed, sealed,
/// cancelled, or planned but never held; newest first), with state, chair, client count and
/// whether the caller is invited.
/// </summary>
public sealed record ListConferences(Caller Caller, string? When = null) : IRequest<List<ListConferences.Row>>, IValidated
{
    /// <summary>Which KKs: the query's <c>when</c>, bound by name only (Finding 12), upcoming when absent.</summary>
    public bool Upcoming => When is null || When.Equals("upcoming", StringComparison.OrdinalIgnoreCase);

    public void Validate(Checks checks) =>
        checks.That(Upcoming || When!.Equals("past", StringComparison.OrdinalIgnoreCase), "when", "must be Upcoming or Past.");

    public sealed record Row(
        Guid Id, ConferenceKind Kind, ConferenceState State, DateTimeOffset Start, Guid? ChairId, string? ChairName,
        int ClientCount, bool AwaitingApproval, bool WaivesPreCirculation, bool Invited);
}

public sealed class ListConferencesHandler(IClusterClient cluster, TimeProvider clock) : IRequestHandler<ListConferences, List<ListConferences.Row>>
{
    public async ValueTask<List<ListConferences.Row>> Handle(ListConferences request, CancellationToken cancellationToken)
    {
        var all = await cluster.GetGrain<IConferenceRegisterGrain>(request.Caller.PantiId).List(request.Caller);
        var upcoming = request.Upcoming;
        var now = clock.GetUtcNow();
        var chosen = all.Where(c => c.IsUpcomingAt(now) == upcoming);
        return [.. (upcoming ? chosen.OrderBy(c => c.Start) : chosen.OrderByDescending(c => c.Start)).Select(c => Row(c, request.Caller.StaffId))];
    }

    private static ListConferences.Row Row(ConferenceListing c, Guid me) => new(
        c.Id, c.Kind, c.State, c.Start, c.ChairId, c.Participants.FirstOrDefault(p => p.StaffId == c.ChairId)?.Name,
        c.Agenda.Select(a => a.ClientId).Distinct().Count(), c.AwaitingApproval, c.Urgent?.WaivesPreCirculation == true,
        c.Participants.Any(p => p.StaffId == me));
}
