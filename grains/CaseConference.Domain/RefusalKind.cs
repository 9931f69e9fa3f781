namespace CaseConference.Domain;

/// <summary>
/// Why a command was refused. The API maps Forbidden→403, NotFound→404, Conflict→409, Invalid→422.
/// </summary>
public enum RefusalKind
{
    /// <summary>The acting staff member lacks the role or relationship the rule requires.</summary>
    Forbidden,

    /// <summary>A referenced person, item or entry does not exist.</summary>
    NotFound,

    /// <summary>The command is well formed but the current state does not allow it.</summary>
    Conflict,

    /// <summary>The command itself is malformed or incomplete.</summary>
    Invalid,
}
