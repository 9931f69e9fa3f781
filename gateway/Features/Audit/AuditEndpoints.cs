using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Audit;

/// <summary>/api/v1/audit-log: CL6, pimpinan only.</summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/audit-log", async (int? limit, HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ReadAuditLog(http.User.Caller(), limit ?? 100))))
            .WithTags("Audit log").WithName("ReadAuditLog").WithSummary("CL6: who read which case record, newest first (pimpinan)").Problems(403, 404, 422);
}
