namespace CaseConference.Domain;

/// <summary>
/// A rule refused a command. <see cref="Code"/> is stable (snake_case) so clients can branch on it;
/// the message is for people and may change.
/// </summary>
public sealed class DomainException(RefusalKind kind, string code, string message) : Exception(message)
{
    public RefusalKind Kind { get; } = kind;

    public string Code { get; } = code;

    public static DomainException Forbidden(string code, string message) => new(RefusalKind.Forbidden, code, message);

    public static DomainException NotFound(string code, string message) => new(RefusalKind.NotFound, code, message);

    public static DomainException Conflict(string code, string message) => new(RefusalKind.Conflict, code, message);

    public static DomainException Invalid(string code, string message) => new(RefusalKind.Invalid, code, message);
}
