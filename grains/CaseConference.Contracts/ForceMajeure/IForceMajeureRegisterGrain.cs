using CaseConference.Contracts.Events;
using CaseConference.Domain.ForceMajeure;

namespace CaseConference.Contracts.ForceMajeure;

/// <summary>
/// Every force majeure of one panti, keyed by the panti id, as listings without case content: the
/// force-majeure list reads it. Each force majeure tells it one way after every write (and when it
/// activates, which repairs a notice lost in a crash); it never calls a force majeure. Its feed
/// (<see cref="ForceMajeureFeed"/>) tells the panti's screens each change as <c>ForceMajeureListChanged</c>.
/// </summary>
public interface IForceMajeureRegisterGrain : IGrainWithGuidKey, IEventFeed
{
    [OneWay]
    Task Changed(ForceMajeureListing listing);

    Task<List<ForceMajeureListing>> List(Caller caller);

    /// <summary>The feed's last event number, for a screen that starts following it.</summary>
    Task<long> Version(Caller caller);
}

public static class ForceMajeureFeed
{
    public static string Of(Guid pantiId) => $"force-majeure:{pantiId}";
}
