using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// KK4: an organiser puts a client on the agenda. If-Match required: the agenda is edited by several people.
/// </summary>
public sealed record AddAgendaItem(Caller Caller, Guid ConferenceId, string? IfMatch, Guid ClientId,
    AgendaPurpose Purpose, string? Note)
    : IConferenceCommand, IRequest<AddAgendaItem.Result>, IValidated
{
    public sealed record Body(Guid ClientId, AgendaPurpose Purpose, string? Note);

    public sealed record Result(Guid ItemId, string ETag);

    public void Validate(Checks checks) => checks
        .Id("clientId", ClientId)
        .That(Enum.IsDefined(Purpose), "purpose", "is not an agenda purpose.")
        .OptionalText("note", Note);
}

public sealed class AddAgendaItemHandler(IClusterClient cluster) : IRequestHandler<AddAgendaItem, AddAgendaItem.Result>
{
    public async ValueTask<AddAgendaItem.Result> Handle(AddAgendaItem request, CancellationToken cancellationToken)
    {
        var added = await cluster.Conference(request).AddAgendaItem(
            request.Caller, request.Expected(required: true), request.ClientId, request.Purpose, request.Note);
        return new AddAgendaItem.Result(added.Value, ETags.ForVersion(added.Version));
    }
}
