using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Gateway.Live;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>LV1: the whole KK and the number of its last event (participants and the pimpinan).</summary>
public sealed record GetConference(Caller Caller, Guid ConferenceId) : IRequest<ConferenceSnapshot>;

/// <summary>LV1: the events after a sequence number, for a follower catching up without a full snapshot.</summary>
public sealed record ConferenceEvents(Caller Caller, Guid ConferenceId, long After)
    : IRequest<IReadOnlyList<LiveEvent>>;

/// <summary>KK10: recompute the seal from storage and compare it with the panti's chain.</summary>
public sealed record VerifySeal(Caller Caller, Guid ConferenceId) : IRequest<SealCheck>;

public sealed class ConferenceQueryHandlers(IClusterClient cluster)
    : IRequestHandler<GetConference, ConferenceSnapshot>, IRequestHandler<ConferenceEvents, IReadOnlyList<LiveEvent>>,
        IRequestHandler<VerifySeal, SealCheck>
{
    public async ValueTask<ConferenceSnapshot> Handle(GetConference request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IConferenceGrain>(request.ConferenceId).Snapshot(request.Caller);

    public async ValueTask<IReadOnlyList<LiveEvent>> Handle(ConferenceEvents request,
        CancellationToken cancellationToken)
    {
        var kk = cluster.GetGrain<IConferenceGrain>(request.ConferenceId);
        // EventsSince itself checks nobody; Version is the tenant and follower check. Events carry no
        // case content (CL6: a decision is a notice; its content is in the snapshot), so nothing is audited.
        await kk.Version(request.Caller);
        return [.. (await kk.EventsSince(Math.Max(0, request.After))).Select(LiveEvent.From)];
    }

    public async ValueTask<SealCheck> Handle(VerifySeal request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IConferenceGrain>(request.ConferenceId).VerifySeal(request.Caller);
}
