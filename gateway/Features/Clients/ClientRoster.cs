using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Reviews;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>
/// Every client of the panti as the list shows it: the schedule's facts (not the confidential
/// record, so not audited), the peksos by name, and the review due date and status (RV1) in the
/// panti's time zone and due-soon window, computed as the schedule computes them.
/// </summary>
public static class ClientRoster
{
    public static async Task<List<ListClients.Item>> ReadAsync(IClusterClient cluster,
        TimeProvider clock, Caller caller)
    {
        var facts = await cluster.GetGrain<IReviewScheduleGrain>(caller.PantiId).ClientFacts(caller);
        var profile = await cluster.GetGrain<IPantiGrain>(caller.PantiId).Profile(caller);
        var settings = profile.Settings;
        var names = profile.Staff.ToDictionary(s => s.Id, s => s.Name);
        var zone = settings.TimeZone();
        var now = clock.GetUtcNow();
        return [.. facts.Select(f =>
        {
            var due = StageTransitions.HasReviewClock(f.Stage) && f.LastReviewedAt is { } last
                ? ReviewClock.DueOn(last, zone) : (DateOnly?)null;
            var peksos = f.ResponsiblePeksosId is { } id && names.TryGetValue(id, out var name) ? name : null;
            return new ListClients.Item(
                f.ClientId, f.Name, f.RegisterNumber, f.Stage, f.ResponsiblePeksosId, peksos, due,
                due is { } on ? ReviewClock.StatusOf(on, now, zone, settings.Policy.ReviewDueSoonDays) : null);
        })];
    }
}
