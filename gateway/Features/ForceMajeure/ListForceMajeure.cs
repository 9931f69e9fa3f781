using CaseConference.Contracts;
using CaseConference.Contracts.ForceMajeure;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Clients;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Gateway.Features.Reviews;
using Mediator;

namespace CaseConference.Gateway.Features.ForceMajeure;

/// <summary>
/// FM2-FM7: the panti's force majeures, newest first, with FM2 progress under the panti's policy.
/// No case content (reason, new text, justifications: <c>GET /force-majeure/{id}</c>, CL6). Which
/// client and item a row is about is shown to those who read every case record (CL6); others get
/// the row with <see cref="Item.CaseContentWithheld"/>.
/// </summary>
public sealed record ListForceMajeure(Caller Caller) : IRequest<List<ListForceMajeure.Item>>
{
    public sealed record Item(
        Guid Id, ForceMajeureKind Kind, ForceMajeureState State, bool CaseContentWithheld,
            Guid? ClientId, string? ClientName,
        int? ItemNumber, Guid ProposedBy, DateTimeOffset ProposedAt, List<ListedConsent> Consents,
            List<Guid> PendingAttestations,
        Guid? ObjectedBy, DateTimeOffset? InForceSince, Guid? AgendaConferenceId, bool RatificationOverdue,
        Guid? ResolvedByConferenceId, ForceMajeureProgress Progress);
}

public sealed class ListForceMajeureHandler(IClusterClient cluster, ScheduleViews views)
    : IRequestHandler<ListForceMajeure, List<ListForceMajeure.Item>>
{
    public async ValueTask<List<ListForceMajeure.Item>> Handle(ListForceMajeure request,
        CancellationToken cancellationToken)
    {
        var caller = request.Caller;
        var listings = await cluster.GetGrain<IForceMajeureRegisterGrain>(caller.PantiId).List(caller);
        var panti = cluster.GetGrain<IPantiGrain>(caller.PantiId);
        var shown = Client.ReadsEveryCaseRecord(await panti.ActorFor(caller.StaffId));
        var policy = (await panti.Settings()).Policy;
        var names = shown && listings.Count > 0
            ? (await views.ReadAsync(caller)).View.ClientNames
            : [];
        return [.. listings.Select(f => new ListForceMajeure.Item(
            f.Id, f.Kind, f.State, !shown, shown ? f.ClientId : null,
            shown && names.TryGetValue(f.ClientId, out var name) ? name : null, shown ? f.ItemNumber : null,
            f.ProposedBy, f.ProposedAt, f.Consents, f.PendingAttestations, f.ObjectedBy,
                f.InForceSince, f.AgendaConferenceId,
            f.RatificationOverdue, f.ResolvedByConferenceId,
            ForceMajeureQuorum.Progress(f.Consents.Select(c => (c.StaffId, c.Discipline)),
                policy.ForceMajeureRequiresAllDisciplines, policy.ForceMajeureQuorum)))];
    }
}
