namespace CaseConference.Domain.Reviews;

public enum ReviewStatus
{
    Ok,

    /// <summary>Due within the panti's window (14 days by default).</summary>
    DueSoon,

    /// <summary>Past due: escalated to the pimpinan until the client is reviewed (RV3).</summary>
    Overdue,
}

/// <summary>One client's place in the review schedule.</summary>
public sealed record ClientReview(Guid ClientId, DateOnly DueOn, ReviewStatus Status)
{
    /// <summary>RV3: overdue reviews are escalated to the pimpinan and stay so until reviewed.</summary>
    public bool EscalatedToPimpinan => Status == ReviewStatus.Overdue;
}

/// <summary>Input to the planners: a client and the local date its review is due.</summary>
public sealed record ReviewDue(Guid ClientId, DateOnly DueOn);
