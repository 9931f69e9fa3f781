namespace CaseConference.Domain.Conferences;

/// <summary>
/// KK6 special procedure (prosedur khusus): who asked for an urgent KK and why, and the
/// pimpinan's approval, including whether the 24-hour pre-circulation rule is waived.
/// </summary>
public sealed record UrgentRequest(Guid RequestedBy, string Reason, DateTimeOffset RequestedAt)
{
    public Guid? ApprovedBy { get; init; }

    public DateTimeOffset? ApprovedAt { get; init; }

    public bool WaivesPreCirculation { get; init; }

    public bool IsApproved => ApprovedBy is not null;
}
