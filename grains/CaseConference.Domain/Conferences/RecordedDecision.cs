namespace CaseConference.Domain.Conferences;

/// <summary>
/// A decision as recorded in a session (KK9): numbered, per agenda item, with who and when. What was
/// decided is the client's case content: <see cref="Decision"/> is null only in a copy shown to a
/// reader CL6 does not allow, and then <see cref="CaseContentWithheld"/> says so.
/// </summary>
public sealed record RecordedDecision(
    int Number,
    Guid ConferenceId,
    Guid AgendaItemId,
    Guid ClientId,
    Decision? Decision,
    Guid RecordedBy,
    DateTimeOffset At,
    bool CaseContentWithheld = false);
