using CaseConference.Domain.Conferences;

namespace CaseConference.Contracts.Conferences;

/// <summary>
/// Every KK of one panti, keyed by the panti id, as compact listings: the KK list (upcoming and
/// past) and each person's tasks read it. Each KK tells it one way after every change; it never
/// calls a KK, so nothing waits in a cycle.
/// </summary>
public interface IConferenceRegisterGrain : IGrainWithGuidKey
{
    [OneWay]
    Task Changed(ConferenceListing listing);

    Task<List<ConferenceListing>> List(Caller caller);
}
