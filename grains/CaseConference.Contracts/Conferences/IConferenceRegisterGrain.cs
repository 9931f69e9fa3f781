using CaseConference.Domain.Conferences;

namespace CaseConference.Contracts.Conferences;

/// <summary>
/// Every KK of one panti, keyed by the panti id, as compact listings: the KK list (upcoming and
/// past) and each person's tasks read it. Each KK tells it after a change of its listing, from the
/// KK's outbox (issue 9), and waits until it is written; it never calls a KK, so nothing waits in a cycle.
/// </summary>
public interface IConferenceRegisterGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Answered once written; a listing not newer than the one held (a repeated notice) changes nothing.
    /// </summary>
    Task Changed(ConferenceListing listing);

    Task<List<ConferenceListing>> List(Caller caller);
}
