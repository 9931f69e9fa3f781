using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain;
using CaseConference.Gateway.Infrastructure;
using CaseConference.Storage;
using Mediator;

namespace CaseConference.Gateway.Features.Audit;

/// <summary>CL6: the append-only audit log of case-record reads, newest first; the pimpinan's alone.</summary>
public sealed record ReadAuditLog(Caller Caller, int Limit) : IRequest<IReadOnlyList<AuditEntry>>, IValidated
{
    public void Validate(Checks checks) => checks.That(Limit is >= 1 and <= 1000, "limit", "must be 1 to 1000.");
}

public sealed class ReadAuditLogHandler(IClusterClient cluster, IAuditLog audit) : IRequestHandler<ReadAuditLog, IReadOnlyList<AuditEntry>>
{
    public async ValueTask<IReadOnlyList<AuditEntry>> Handle(ReadAuditLog request, CancellationToken cancellationToken)
    {
        // Roles come from the panti grain now, not from the sign-in: a pimpinan demoted today reads nothing.
        var actor = await cluster.GetGrain<IPantiGrain>(request.Caller.PantiId).ActorFor(request.Caller.StaffId);
        if (!actor.IsPimpinan)
        {
            throw DomainException.Forbidden("pimpinan_only", "Only the pimpinan reads the audit log.");
        }

        return await audit.ReadAsync(request.Caller.PantiId, request.Limit, cancellationToken);
    }
}
