using CaseConference.Domain.ForceMajeure;

namespace CaseConference.Contracts.ForceMajeure;

/// <summary>
/// Every force majeure of one panti, keyed by the panti id, as listings without case content: the
/// force-majeure list reads it. Each force majeure tells it one way after every write (and when it
/// activates, which repairs a notice lost in a crash); it never calls a force majeure.
/// </summary>
public interface IForceMajeureRegisterGrain : IGrainWithGuidKey
{
    [OneWay]
    Task Changed(ForceMajeureListing listing);

    Task<List<ForceMajeureListing>> List(Caller caller);
}
