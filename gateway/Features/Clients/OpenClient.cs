using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>
/// CL1: a person reached by outreach becomes a prospect. A client-chosen id makes a replay answer 409, not a duplicate.
/// Finding 9: the answer is the opened client's id, name and stage, never the confidential record, so
/// a peksos outside the core team (allowed to open, not to read: CL6) gets 201 for what was written.
/// </summary>
public sealed record OpenClient(Caller Caller, Guid ClientId, string Name, string Where)
    : IRequest<OpenedClient>, IValidated
{
    public sealed record Body(Guid? Id, string Name, string Where);

    public void Validate(Checks checks) =>
        checks.Id("id", ClientId).Text("name", Name, Checks.MaxShortText).Text("where", Where, Checks.MaxShortText);
}

public sealed class OpenClientHandler(IClusterClient cluster) : IRequestHandler<OpenClient, OpenedClient>
{
    public async ValueTask<OpenedClient> Handle(OpenClient request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IClientGrain>(GrainIds.Chosen(request.Caller.PantiId, request.ClientId))
            .Open(request.Caller, request.Name, request.Where);
}
