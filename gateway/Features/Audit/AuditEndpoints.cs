using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Audit;

/// <summary>/api/v1/audit-log: CL6, pimpinan only.</summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/audit-log",
            async (Guid? staffId, Guid? clientId, string? kind, string? from, string? to, int? offset, int? limit,
            HttpContext http, ISender sender) =>
            TypedResults.Ok(await sender.Send(new ReadAuditLog(
                http.User.Caller(), staffId, clientId, kind, from, to, offset ?? 0,
                    limit ?? ReadAuditLog.DefaultLimit))))
            .WithTags("Audit log").WithName("ReadAuditLog")
            .WithSummary(
                "CL6: who read which case record (pimpinan), newest first: ?staffId=, ?clientId=, ?kind= (case_record.read, "
                + "case_record.refused, client_list.exported, review_schedule.exported), ?from= and ?to= (days, yyyy-MM-dd, inclusive, in the panti's time zone); a page from ?offset= "
                + "of ?limit= (default 50, at most 1000) with the total that matched")
            .Problems(403, 404, 422);
}
