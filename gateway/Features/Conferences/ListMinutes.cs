using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// KK3: a page of a KK's minutes entries. A snapshot carries only the last entries of a long KK;
/// the reader pages back with <c>?before=</c> the lowest number it holds.
/// </summary>
public sealed record ListMinutes(Caller Caller, Guid ConferenceId, int Before, int Limit)
    : IRequest<IReadOnlyList<MinuteEntry>>, IValidated
{
    public const int DefaultLimit = 100;

    public void Validate(Checks checks) => checks
        .That(Before > 0, "before", "must be positive.")
        .That(Limit is > 0 and <= DefaultLimit, "limit", $"must be 1 to {DefaultLimit}.");
}

public sealed class ListMinutesHandler(IClusterClient cluster)
    : IRequestHandler<ListMinutes, IReadOnlyList<MinuteEntry>>
{
    public async ValueTask<IReadOnlyList<MinuteEntry>> Handle(ListMinutes request,
        CancellationToken cancellationToken) =>
        await cluster.GetGrain<IConferenceGrain>(request.ConferenceId).MinutesBefore(request.Caller,
            request.Before, request.Limit);
}
