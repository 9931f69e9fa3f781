namespace CaseConference.Gateway.Tests.Authorization;

/// <summary>One HTTP call as one person: what to send.</summary>
public sealed record Call(HttpMethod Method, string Url, object? Body = null, string? IfMatch = null,
    bool Anonymous = false)
{
    /// <summary>
    /// Who, beside the role rules, is allowed in this particular call (the chair in turn, for example).
    /// </summary>
    public string? AlsoAllowed { get; init; }
}

/// <summary>
/// One endpoint of the matrix: how to prepare a call for a person, and what each person gets.
/// <see cref="Allowed"/> roles get <see cref="Ok"/>; other roles of the panti get 403; the pimpinan
/// of another panti gets <see cref="Foreign"/> (404 for anything naming this panti's ids: TN1).
/// </summary>
public sealed record MatrixCase(string Endpoint, Func<Prep, string, Task<Call>> Prepare, int Ok, string[] Allowed,
    int Foreign)
{
    public int Expected(string role, Call call) =>
        role == GatewayWorld.Foreign ? Foreign
        : Allowed.Contains(role) || call.AlsoAllowed == role ? Ok
        : 403;
}
