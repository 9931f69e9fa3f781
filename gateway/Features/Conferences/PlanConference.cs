using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// KK5: plan a regular KK at a time of the fixed schedule (organisers). One regular KK per slot: the
/// KK lives under an id derived from the panti and the start, the same the schedule uses, so a second
/// request for the slot answers the KK that holds it (200) instead of creating another. A regular KK
/// the panti's KK register lists at that start under another id (planned by hand before slots had
/// derived ids) holds the slot too.
/// </summary>
public sealed record PlanRegular(Caller Caller, DateTimeOffset Start) : IRequest<RegularPlanned>, IValidated
{
    public sealed record Body(DateTimeOffset Start);

    public void Validate(Checks checks) => checks.KkStart("start", Start);
}

/// <summary>KK6: a core member or the pimpinan requests an urgent KK with a written reason.</summary>
public sealed record RequestUrgent(Caller Caller, Guid ConferenceId, DateTimeOffset Start, string Reason)
    : IRequest<ConferenceSnapshot>, IValidated
{
    public sealed record Body(Guid? Id, DateTimeOffset Start, string Reason);

    public void Validate(Checks checks) => checks.Id("id", ConferenceId).KkStart("start", Start).Text("reason", Reason);
}

public sealed class PlanConferenceHandlers(IClusterClient cluster)
    : IRequestHandler<PlanRegular, RegularPlanned>, IRequestHandler<RequestUrgent, ConferenceSnapshot>
{
    public async ValueTask<RegularPlanned> Handle(PlanRegular request, CancellationToken cancellationToken)
    {
        // KK5: a regular KK planned by hand before slots had derived ids lives under an id of its own;
        // found by its state in the panti's KK register, it still holds its slot.
        var heldElsewhere =
            (await cluster.GetGrain<IConferenceRegisterGrain>(request.Caller.PantiId).List(request.Caller))
            .FirstOrDefault(c =>
                c.Kind == ConferenceKind.Regular && c.State != ConferenceState.Cancelled && c.Start == request.Start);
        if (heldElsewhere is not null)
        {
            return await cluster.GetGrain<IConferenceGrain>(heldElsewhere.Id)
                .PlanRegular(request.Caller, request.Start);
        }

        for (var attempt = 0; ; attempt++)
        {
            var id = ScheduledConferenceId.For(request.Caller.PantiId, request.Start, attempt);
            try
            {
                return await cluster.GetGrain<IConferenceGrain>(id).PlanRegular(request.Caller, request.Start);
            }
            catch (RefusedException e) when (e.Kind == RefusalKind.NotFound && e.Code == "conference_not_found")
            {
                // The id holds a cancelled KK (which frees the slot) or, improbably, something else: the slot's next
                // id.
                if (attempt == ScheduledConferenceId.Attempts - 1)
                {
                    throw new RefusedException(RefusalKind.Conflict, "regular_slot_unavailable",
                        "This time of the fixed schedule was planned and cancelled too often; plan an urgent KK instead.");
                }
            }
        }
    }

    public async ValueTask<ConferenceSnapshot> Handle(RequestUrgent request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IConferenceGrain>(GrainIds.Chosen(request.Caller.PantiId, request.ConferenceId))
            .RequestUrgent(request.Caller, request.Start, request.Reason);
}
