using CaseConference.Gateway.Features.Audit;

namespace CaseConference.Gateway.Tests;

/// <summary>CL6: the audit log as the pimpinan reads it through the API, for one record.</summary>
public static class AuditTrail
{
    /// <summary>The lines about <paramref name="subjectId"/>, oldest first.</summary>
    public static async Task<List<ReadAuditLog.AuditLine>> OfAsync(GatewayWorld world, Guid subjectId)
    {
        var page = await (await world.As("pimpinan").GetAsync($"/api/v1/audit-log?clientId={subjectId}&limit=1000"))
            .Read<ReadAuditLog.AuditLogPage>();
        return [.. page.Items.AsEnumerable().Reverse()];
    }

    public static bool Is(this ReadAuditLog.AuditLine entry, string role, string action, string detail) =>
        entry.StaffId == GatewayWorld.StaffId(role) && entry.Action == action && entry.Detail == detail;
}
