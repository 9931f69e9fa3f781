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
}
