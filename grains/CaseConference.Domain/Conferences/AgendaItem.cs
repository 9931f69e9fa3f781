namespace CaseConference.Domain.Conferences;

public enum AgendaPurpose
{
    Placement,
    QuarterlyReview,
    ForceMajeure,
    FormulationChange,
    Resocialisation,
    AftercareDecision,
    Other,

    /// <summary>FM3: a force majeure a core member objected to, placed by the system for the KK to discuss.</summary>
    RejectedForceMajeure,
}

/// <summary>
/// A client on the agenda, why, and who is responsible for the case summary (KK4). Items added by
/// the system (FM5, RV2) say so.
/// </summary>
public sealed class AgendaItem
{
    public Guid Id { get; set; }

    public Guid ClientId { get; set; }

    public AgendaPurpose Purpose { get; set; }

    public string? Note { get; set; }

    public Guid? ForceMajeureId { get; set; }

    public Guid ResponsibleStaffId { get; set; }

    public bool AddedAutomatically { get; set; }

    public CaseSummary? Summary { get; set; }

    /// <summary>
    /// CL6: true in a copy shown to a reader who may not read this client's case record now; the
    /// note and the summary's text are then null.
    /// </summary>
    public bool CaseContentWithheld { get; set; }

    /// <summary>CL6: a copy without the note and the summary's text, marked withheld.</summary>
    public AgendaItem WithCaseContentWithheld()
    {
        var copy = (AgendaItem)MemberwiseClone();
        copy.Note = null;
        copy.Summary = Summary?.WithoutText();
        copy.CaseContentWithheld = true;
        return copy;
    }
}
