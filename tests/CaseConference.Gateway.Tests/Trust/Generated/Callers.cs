using System.Text.RegularExpressions;
using CaseConference.Gateway.Tests.Authorization;

namespace CaseConference.Gateway.Tests.Trust.Generated;

/// <summary>
/// Who calls an operation in the generated test: every role <see cref="Matrix"/> allows, one role of
/// the panti it refuses, the pimpinan of another panti, and nobody signed in.
/// </summary>
public static partial class Callers
{
    private static readonly string[] Core = ["peksos", "psikolog", "medis"];

    public static IReadOnlyList<string> For(ApiOperation op, Random random)
    {
        var key = $"{op.Method} {ValidRequests.Normalize(op.Template)}";
        var line = Matrix.Cases.FirstOrDefault(c => Normalize(c.Endpoint) == key);
        var allowed = line is null ? GatewayWorld.Roles : line.Allowed.Length > 0 ? line.Allowed : Core;
        var refused = GatewayWorld.Roles.Except(allowed).ToList();
        return
        [
            .. allowed,
            .. refused.Count > 0 ? [refused[random.Next(refused.Count)]] : Array.Empty<string>(),
            FuzzPanti.Outsider,
            FuzzPanti.Anonymous,
        ];
    }

    /// <summary>"POST /api/v1/panti/staff/{staffId:guid}/roles" as the document writes it.</summary>
    private static string Normalize(string endpoint) => RouteParameter().Replace(endpoint, "{$1}").TrimEnd('/');

    [GeneratedRegex(@"\{(\w+)(:[^}?]*)?\??\}")]
    private static partial Regex RouteParameter();
}
