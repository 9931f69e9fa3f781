namespace CaseConference.Contracts;

/// <summary>
/// Who issues a command: the signed-in staff member and their panti. Every grain checks the panti
/// against its own (TN1: another panti's ids answer "not found") and resolves the person's roles
/// from the panti's staff directory, never from the caller.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct Caller([property: Id(0)] Guid PantiId, [property: Id(1)] Guid StaffId);
