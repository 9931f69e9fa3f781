namespace CaseConference.Domain.Conferences;

/// <summary>
/// A compact view of one KK for the planners (FM5, RV2, RV4): what it is, when, and which clients
/// its agenda already carries.
/// </summary>
public sealed record ConferenceSlot(Guid ConferenceId, ConferenceKind Kind, ConferenceState State, DateTimeOffset Start,
    List<Guid> AgendaClientIds)
{
    /// <summary>A KK whose agenda can still change and whose clients count as covered.</summary>
    public bool IsOpen => State is ConferenceState.Planned or ConferenceState.InSession;

    /// <summary>
    /// FM5: the next KK (regular or urgent) that has not opened yet, or null when none is planned.
    /// A planned KK whose start has already passed is skipped: a session nobody opened or cancelled
    /// must not swallow a force majeure that needs ratifying.
    /// </summary>
    public static ConferenceSlot? NextNotYetOpened(IEnumerable<ConferenceSlot> conferences, DateTimeOffset now) =>
        conferences
            .Where(c => c.State == ConferenceState.Planned && c.Start > now)
            .OrderBy(c => c.Start)
            .FirstOrDefault();
}
