namespace CaseConference.Domain.Accounts;

/// <summary>
/// What a password must be: at least <see cref="MinLength"/> characters, not containing the user
/// name, and not one of the passwords every guessing list starts with (nor such a word with only
/// digits or symbols added, like "password2026!").
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 10;
    public const int MaxLength = 1024;

    /// <summary>The refusal for this password, or null when it is acceptable.</summary>
    public static PasswordRefusal? Check(string userName, string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            return new("password_too_short", $"must have at least {MinLength} characters.");
        }

        if (password.Length > MaxLength)
        {
            return new("password_too_long", $"must have at most {MaxLength} characters.");
        }

        var lower = password.ToLowerInvariant();
        if (userName.Length > 0 && lower.Contains(userName.ToLowerInvariant(), StringComparison.Ordinal))
        {
            return new("password_contains_user_name", "must not contain the user name.");
        }

        var stem = lower.TrimEnd("0123456789!@#$%^&*()-_=+.,;:?/\\|~`'\"[]{}<> ".ToCharArray());
        return CommonPasswords.Contains(lower) || CommonPasswords.Contains(stem)
            ? new("password_too_common", "is one of the most common passwords; choose another.")
            : null;
    }

    /// <summary>Throws the refusal as a 422 with its code, for callers below the gateway.</summary>
    public static void Require(string userName, string? password)
    {
        if (Check(userName, password) is { } refusal)
        {
            throw DomainException.Invalid(refusal.Code, $"The password {refusal.Message}");
        }
    }
}

public sealed record PasswordRefusal(string Code, string Message);
