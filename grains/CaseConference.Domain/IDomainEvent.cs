namespace CaseConference.Domain;

/// <summary>
/// A change that happened. Grains number events per conference or per panti schedule, so events
/// carry no sequence number of their own.
/// </summary>
public interface IDomainEvent
{
    DateTimeOffset At { get; }
}
