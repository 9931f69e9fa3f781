using CaseConference.Storage;

namespace CaseConference.Gateway.Tests;

/// <summary>CL6: the audit log as the pimpinan reads it through the API, for one record.</summary>
public static class AuditTrail
{
    /// <summary>The lines about <paramref name="subjectId"/>, oldest first.</summary>
    public static async Task<List<AuditEntry>> OfAsync(GatewayWorld world, Guid subjectId)
    {
        var entries = await (await world.As("pimpinan").GetAsync("/api/v1/audit-log?limit=1000")).Read<List<AuditEntry>>();
        return [.. entries.Where(e => e.SubjectId == subjectId).Reverse()];
    }

    public static bool Is(this AuditEntry entry, string role, string action, string detail) =>
        entry.StaffId == GatewayWorld.StaffId(role) && entry.Action == action && entry.Detail == detail;
}
