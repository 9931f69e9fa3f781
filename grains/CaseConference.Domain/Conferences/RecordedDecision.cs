namespace CaseConference.Domain.Conferences;

/// <summary>A decision as recorded in a session (KK9): numbered, per agenda item, with who and when.</summary>
public sealed record RecordedDecision(
    int Number,
    Guid ConferenceId,
    Guid AgendaItemId,
    Guid ClientId,
    Decision Decision,
    Guid RecordedBy,
    DateTimeOffset At);
