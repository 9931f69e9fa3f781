namespace CaseConference.Domain;

/// <summary>Small guards so rules read as one line each.</summary>
internal static class Require
{
    public static void Text(string? value, string code, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw DomainException.Invalid(code, $"{what} is required.");
        }
    }

    public static void That(bool condition, Func<DomainException> refusal)
    {
        if (!condition)
        {
            throw refusal();
        }
    }
}
