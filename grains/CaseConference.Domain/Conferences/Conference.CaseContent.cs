namespace CaseConference.Domain.Conferences;

public sealed partial class Conference
{
    /// <summary>
    /// CL6: the clients whose case content this KK holds (notes and case summaries of its agenda,
    /// decisions, post-KK summaries): every client on its agenda.
    /// </summary>
    public IReadOnlyList<Guid> ClientsWithCaseContent =>
        [.. Agenda.Select(a => a.ClientId).Concat(Decisions.Select(d => d.ClientId))
            .Concat(PostKkSummaries.Select(s => s.ClientId)).Distinct()];

    /// <summary>
    /// CL6: a copy of this KK for a reader who may not read the case records of
    /// <paramref name="withheld"/> clients. Their items, decisions and summaries stay (who, when,
    /// which client), their content is null and marked withheld; this KK is not changed.
    /// </summary>
    public Conference WithCaseContentWithheld(IReadOnlySet<Guid> withheld)
    {
        var copy = (Conference)MemberwiseClone();
        copy.Agenda = [.. Agenda.Select(a => withheld.Contains(a.ClientId) ? a.WithCaseContentWithheld() : a)];
        copy.Decisions = [.. Decisions.Select(d => withheld.Contains(d.ClientId)
            ? d with { Decision = null, CaseContentWithheld = true } : d)];
        copy.PostKkSummaries = [.. PostKkSummaries.Select(s => withheld.Contains(s.ClientId)
            ? s with { Text = null, CaseContentWithheld = true } : s)];
        return copy;
    }
}
