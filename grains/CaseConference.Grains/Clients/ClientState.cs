using CaseConference.Domain.Clients;
using CaseConference.Grains.Infrastructure;

namespace CaseConference.Grains.Clients;

[GenerateSerializer]
public sealed class ClientState
{
    [Id(0)] public Guid? PantiId { get; set; }

    [Id(1)] public Client? Client { get; set; }

    /// <summary>Open KKs with this client on the agenda (CL6: their participants may read).</summary>
    [Id(2)] public List<Guid> OnAgendaOf { get; set; } = [];

    /// <summary>Issue 9: the keys of recent changes and their answers, written with the changes.</summary>
    [Id(3)] public IdempotentMemory Idempotency { get; set; } = new();

    /// <summary>Issue 9: what the last changes must still do in other grains, written with their change.</summary>
    [Id(4)] public Outbox<ClientFollowOn> FollowOns { get; set; } = new();
}
