namespace CaseConference.Domain.Clients;

/// <summary>Why a client's service ended (CL5).</summary>
public enum TerminationReason
{
    /// <summary>Does not meet the requirements (tidak memenuhi persyaratan).</summary>
    NotEligible,

    /// <summary>Illness or another physical/mental problem; usually referred on.</summary>
    IllnessReferred,

    /// <summary>Withdrew or absconded (kabur).</summary>
    WithdrewOrAbsconded,

    /// <summary>Goals achieved and service complete.</summary>
    GoalsAchieved,

    /// <summary>At the client's own request.</summary>
    ClientRequest,

    /// <summary>Referred elsewhere; the peksos is no longer involved.</summary>
    ReferredElsewhere,
}
