using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using Mediator;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>CL6: the case record for entitled readers; the client grain audits every read.</summary>
public sealed record ReadCaseRecord(Caller Caller, Guid ClientId) : IRequest<CaseRecord>;

public sealed class ReadCaseRecordHandler(IClusterClient cluster) : IRequestHandler<ReadCaseRecord, CaseRecord>
{
    public async ValueTask<CaseRecord> Handle(ReadCaseRecord request, CancellationToken cancellationToken) =>
        await cluster.GetGrain<IClientGrain>(request.ClientId).Read(request.Caller);
}
