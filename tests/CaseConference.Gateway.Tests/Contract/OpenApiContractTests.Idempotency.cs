namespace CaseConference.Gateway.Tests.Contract;

public sealed partial class OpenApiContractTests
{
    /// <summary>
    /// Issue 9: every change to a KK, a force majeure or a client documents the Idempotency-Key it honours, once.
    /// </summary>
    [Fact]
    public async Task Issue09_every_kk_force_majeure_and_client_change_documents_Idempotency_Key()
    {
        var root = await DocumentAsync();
        var changes = Operations(root)
            .Where(o => !o.Name.StartsWith("GET ", StringComparison.Ordinal))
            .Where(o => new[] { "/api/v1/conferences", "/api/v1/force-majeure", "/api/v1/clients" }
            .Any(area => o.Name.Contains(area, StringComparison.Ordinal)))
            .ToList();
        changes.Count.ShouldBeGreaterThanOrEqualTo(25);
        foreach (var (name, operation) in changes)
        {
            var keys = operation["parameters"]?.AsArray().Where(p => p!["in"]!.GetValue<string>() == "header"
                && p["name"]!.GetValue<string>() == "Idempotency-Key").ToList() ?? [];
            keys.Count.ShouldBe(1, $"{name}: Idempotency-Key documented once");
            keys[0]!["required"]?.GetValue<bool>().ShouldNotBe(true, name);
            operation["responses"]!.AsObject().Select(r => r.Key).ShouldContain("409", name);
        }
    }
}
