using Xunit.Abstractions;

namespace CaseConference.Gateway.Tests.Trust.Generated;

/// <summary>
/// Issue 7, "tests that stay": thousands of generated bad requests over every operation of the
/// served OpenAPI document. A failure prints its seed, operation, caller, state and mutation, so
/// it replays exactly; a new seed is a new campaign, an old one a regression.
/// </summary>
public sealed class GeneratedBadInputTests(GatewayWorld world, ITestOutputHelper output) : IClassFixture<GatewayWorld>
{
    [Theory]
    [InlineData(20261203)]
    public async Task Generated_bad_input_never_answers_5xx_always_a_problem_and_changes_nothing(int seed)
    {
        var (sent, report, failures) = await BadInputCampaign.RunAsync(world, seed);
        report.ForEach(output.WriteLine);
        failures.Take(40).ToList().ForEach(output.WriteLine);
        sent.ShouldBeGreaterThan(1000);
        failures.ShouldBeEmpty(
            $"{failures.Count} of {sent} generated requests failed (seed {seed}); the first are in the output");
    }
}
