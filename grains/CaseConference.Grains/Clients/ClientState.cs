using CaseConference.Domain.Clients;

namespace CaseConference.Grains.Clients;

[GenerateSerializer]
public sealed class ClientState
{
    [Id(0)] public Guid? PantiId { get; set; }

    [Id(1)] public Client? Client { get; set; }

    /// <summary>Open KKs with this client on the agenda (CL6: their participants may read).</summary>
    [Id(2)] public List<Guid> OnAgendaOf { get; set; } = [];
}
