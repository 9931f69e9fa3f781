namespace CaseConference.Domain.Reviews;

/// <summary>LV2: the panti's schedule changed; the whole ordered list, as staff see it (RV4, RV3).</summary>
public sealed record ScheduleChanged(
    List<ScheduleEntry> Entries, List<ClientReview> Reviews, List<Guid> OverdueEscalated, List<Guid> UnplacedClients,
        DateTimeOffset At) : IDomainEvent;
