namespace CaseConference.Domain.Clients;

/// <summary>
/// The client's binding formulation as a list of versions (CL3). There is no edit method: the only
/// way to add a version is through <see cref="Client.ApplyDecision"/>, i.e. a KK decision or a
/// force-majeure ratification, because no single staff member may change it (CL3).
/// </summary>
public sealed class Formulation
{
    public List<FormulationVersion> Versions { get; set; } = [];

    public FormulationVersion? Current => Versions.Count == 0 ? null : Versions[^1];

    internal FormulationVersion AddVersion(
        List<FormulationItem> items, FormulationSource source, Guid conferenceId, Guid? forceMajeureId,
            Guid by, DateTimeOffset at)
    {
        FormulationItem.ValidateList(items);
        var version = new FormulationVersion(
            Versions.Count + 1, [.. items.OrderBy(i => i.Number)], source, conferenceId, forceMajeureId, by, at);
        Versions.Add(version);
        return version;
    }
}
