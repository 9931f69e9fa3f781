namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// An RFC 9457 problem as this API writes it (<see cref="ProblemWriting"/>), for the document only:
/// scripts and the web app branch on <c>code</c>, never on the English <c>detail</c>.
/// </summary>
/// <param name="Type">A URI naming the kind of problem, or about:blank.</param>
/// <param name="Title">The status's reason phrase.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Detail">An English sentence for a person; may change.</param>
/// <param name="Instance">The request path (a calendar token in it redacted).</param>
/// <param name="Code">Stable, machine-readable: what went wrong (docs/API.md lists them).</param>
/// <param name="Errors">Bad fields by JSON path, each with what is wrong (400 and 422 only).</param>
public sealed record Problem(
    string Type, string Title, int Status, string? Detail, string Instance, string Code,
        IReadOnlyDictionary<string, string[]>? Errors);
