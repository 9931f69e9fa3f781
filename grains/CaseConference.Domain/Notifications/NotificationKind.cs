namespace CaseConference.Domain.Notifications;

/// <summary>What a notification tells its person (issue 10, "being told"); each opens where it is done.</summary>
public enum NotificationKind
{
    /// <summary>KK1: invited to an upcoming KK.</summary>
    KkInvitation,

    /// <summary>KK4: a case summary to write for an agenda item one is responsible for.</summary>
    CaseSummaryToWrite,

    /// <summary>KK4: the 24-hour deadline before the KK has come with the summary still missing.</summary>
    CaseSummaryMissing,

    /// <summary>KK4: a circulated case summary to acknowledge.</summary>
    CaseSummaryToAcknowledge,

    /// <summary>FM2: a force majeure waiting for this core member's consent (or objection).</summary>
    ForceMajeureConsent,

    /// <summary>FM6: a force majeure in force waiting for the pimpinan's ratification at a KK.</summary>
    ForceMajeureToRatify,

    /// <summary>FM7: a KK closed without ratifying it.</summary>
    ForceMajeureRatificationOverdue,

    /// <summary>KK6: an urgent KK waiting for the pimpinan's approval.</summary>
    UrgentKkToApprove,

    /// <summary>RV2: a client's quarterly review is due within the panti's window.</summary>
    ReviewDueSoon,

    /// <summary>RV3: a client's review is overdue (to the responsible peksos and the pimpinan).</summary>
    ReviewOverdue,

    /// <summary>KK11: a post-KK summary to file.</summary>
    PostKkSummaryDue,

    /// <summary>KK11: the post-KK summary's due day has passed.</summary>
    PostKkSummaryLate,
}
