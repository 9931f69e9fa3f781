namespace CaseConference.Gateway.Infrastructure;

/// <summary>A request that checks its own shape before any grain is called.</summary>
public interface IValidated
{
    void Validate(Checks checks);
}

/// <summary>
/// Collects field errors by JSON field name (camelCase), so the problem response names every
/// offending field at once rather than the first one found.
/// </summary>
public sealed class Checks
{
    public const int MaxText = 4000;
    public const int MaxShortText = 200;

    private readonly Dictionary<string, List<string>> errors = [];

    /// <summary>The gateway's clock, for checks of dates against today.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    public bool Failed => errors.Count > 0;

    public IDictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Checks Text(string field, string? value, int max = MaxText)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, "is required.");
        }

        return That(value.Length <= max, field, $"must be at most {max} characters.");
    }

    public Checks OptionalText(string field, string? value, int max = MaxText) =>
        That(value is null || value.Length <= max, field, $"must be at most {max} characters.");

    public Checks Id(string field, Guid value) => That(value != Guid.Empty, field, "is required.");

    /// <summary>Finding 1: a KK start within the sane range (at most two years ahead).</summary>
    public Checks KkStart(string field, DateTimeOffset start) => start == default
        ? Add(field, "is required.")
        : That(Domain.SaneDates.IsKkStart(start, Now), field, "must be within two years from now.");

    public Checks Present(string field, object? value) => That(value is not null, field, "is required.");

    public Checks That(bool ok, string field, string message) => ok ? this : Add(field, message);

    private Checks Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }
}

/// <summary>Thrown by the validation behaviour; becomes a 422 problem naming each field.</summary>
public sealed class RequestValidationException(IDictionary<string, string[]> errors,
    string code = RequestValidationException.InvalidFields)
    : Exception("The request is invalid.")
{
    public const string InvalidFields = "invalid_fields";

    public IDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>The stable code: <see cref="InvalidFields"/>, or a rule's own when one field broke one rule.</summary>
    public string Code { get; } = code;

    public static RequestValidationException Field(string field, string code, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] }, code);
}
