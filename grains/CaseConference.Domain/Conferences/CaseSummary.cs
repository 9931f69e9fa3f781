namespace CaseConference.Domain.Conferences;

/// <summary>
/// The pre-KK ringkasan kasus (KK4), with one acknowledgement per recipient: receipt,
/// not mere sending, is what "received 24 hours before" means (KK4).
/// </summary>
public sealed class CaseSummary
{
    /// <summary>
    /// Null only in a copy shown to a reader CL6 does not allow (<see cref="AgendaItem.CaseContentWithheld"/>).
    /// </summary>
    public string? Text { get; set; } = "";

    public Guid By { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public List<Acknowledgement> Acknowledgements { get; set; } = [];

    /// <summary>CL6: who submitted it and who acknowledged it, without what it says.</summary>
    public CaseSummary WithoutText()
    {
        var copy = (CaseSummary)MemberwiseClone();
        copy.Text = null;
        return copy;
    }
}

public sealed record Acknowledgement(Guid StaffId, DateTimeOffset At);

/// <summary>Readiness of an agenda item against the pre-circulation deadline (KK4).</summary>
public enum ItemReadiness
{
    /// <summary>Summary received by every recipient before the deadline.</summary>
    Ready,

    /// <summary>Not ready yet, but the deadline has not passed.</summary>
    Pending,

    /// <summary>Not ready at the deadline: flagged; the chair rules at opening.</summary>
    Late,

    /// <summary>Urgent KK whose approval waived the 24-hour rule (KK6).</summary>
    Waived,
}

public enum LateItemChoice
{
    ProceedWithException,
    Defer,
}

/// <summary>The chair's ruling on a late item when the session opens (KK4).</summary>
public sealed record LateItemRuling(Guid AgendaItemId, LateItemChoice Choice);
