namespace CaseConference.Domain.Clients;

/// <summary>Stages of a client's rehabilitation case (CL1; the stage list in docs/RULES.md).</summary>
public enum ClientStage
{
    /// <summary>Reached by outreach (dijangkau).</summary>
    Prospect,

    /// <summary>Calon klien after motivation.</summary>
    Candidate,

    /// <summary>Undergoing seleksi.</summary>
    InSelection,

    /// <summary>Tidak dapat diterima: failed selection. Final.</summary>
    NotAccepted,

    /// <summary>Calon klien definitif.</summary>
    DefinitiveCandidate,

    /// <summary>Recorded in the buku induk with a client master number.</summary>
    Registered,

    /// <summary>Intake diagnostic study (usually at most 4 weeks, CL4).</summary>
    Diagnostic,

    /// <summary>Ready for the placement KK.</summary>
    AwaitingPlacementKk,

    /// <summary>Formulation adopted; service plan and agreement being made.</summary>
    Planning,

    /// <summary>Bimbingan dan pembinaan in the panti.</summary>
    InGuidance,

    /// <summary>Resosialisasi: preparation for penyaluran.</summary>
    Resocialisation,

    /// <summary>Bimbingan lanjut (binjut) after placement.</summary>
    Aftercare,

    /// <summary>Terminasi: the service relationship ended, with a reason.</summary>
    Terminated,

    /// <summary>Case record closed (penutupan pencatatan kasus). Final.</summary>
    Closed,
}
