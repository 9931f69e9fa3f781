using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Features.Reviews;
using Mediator;

namespace CaseConference.Gateway.Features.Home;

/// <summary>
/// Beranda: the caller's tasks around KKs (KK1, KK4, KK6, KK11), soonest deadline first, with client names.
/// </summary>
public sealed record GetMyTasks(Caller Caller) : IRequest<List<GetMyTasks.Item>>
{
    public sealed record Item(
        KkTaskKind Kind, Guid ConferenceId, DateTimeOffset ConferenceStart, Guid? AgendaItemId,
            Guid? ClientId, string? ClientName,
        DateTimeOffset Deadline, bool Late);
}

public sealed class GetMyTasksHandler(IClusterClient cluster, ScheduleViews views, TimeProvider clock)
    : IRequestHandler<GetMyTasks, List<GetMyTasks.Item>>
{
    public async ValueTask<List<GetMyTasks.Item>> Handle(GetMyTasks request, CancellationToken cancellationToken)
    {
        var caller = request.Caller;
        var panti = cluster.GetGrain<IPantiGrain>(caller.PantiId);
        var actor = await panti.ActorFor(caller.StaffId);
        var conferences = await cluster.GetGrain<IConferenceRegisterGrain>(caller.PantiId).List(caller);
        var tasks = MyTasks.For(conferences, caller.StaffId, actor.IsPimpinan,
            await panti.Settings(), clock.GetUtcNow());
        var names = tasks.Any(t => t.ClientId is not null)
            ? (await views.ReadAsync(caller)).View.ClientNames
            : [];
        return [.. tasks.Select(t => new GetMyTasks.Item(
            t.Kind, t.ConferenceId, t.ConferenceStart, t.AgendaItemId, t.ClientId,
            t.ClientId is { } id && names.TryGetValue(id, out var name) ? name : null, t.Deadline, t.Late))];
    }
}
