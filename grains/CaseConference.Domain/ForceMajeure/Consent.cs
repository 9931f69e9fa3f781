using CaseConference.Domain.Staff;

namespace CaseConference.Domain.ForceMajeure;

/// <summary>
/// One core member's consent, with the discipline they serve in and their professional
/// justification: consent rests on each member's own professional judgement (FM2).
/// </summary>
public sealed record Consent(Guid StaffId, Discipline Discipline, string Justification, DateTimeOffset At);

/// <summary>An objection by a core member; before the force majeure is in force it rejects it (FM3).</summary>
public sealed record Objection(Guid StaffId, string Reason, DateTimeOffset At);
