namespace CaseConference.Domain.Conferences;

/// <summary>
/// One numbered, timestamped minutes entry (KK3). Entries are never edited; a correction is a new
/// entry whose <see cref="Amends"/> names the earlier one.
/// </summary>
public sealed record MinuteEntry(int Number, DateTimeOffset At, Guid RecordedBy, string Text, int? Amends = null);
