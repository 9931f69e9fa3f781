using CaseConference.Load.Live;
using CaseConference.Load.Measure;

namespace CaseConference.Load.Figures;

/// <summary>
/// K feeds × 10 listeners: posts at each rate of the ramp for a step's length, round robin over the
/// feeds; a step passes when every post is acknowledged, every listener hears every post, and
/// delivery p99 stays under 100 ms. An untimed step at the lowest rate first warms every feed up;
/// a failing step is tried once more (one stall of a busy shared machine is not the server's
/// limit), and the ramp stops at a step that fails twice.
/// </summary>
public static class RateRamp
{
    public const double DeliveryLimitMs = 100;

    public static async Task<int> RunAsync(LoadRun run, string label, IPostTarget target)
    {
        var warmUp = new Phase($"{label} warm-up", run.Options.Participants);
        await run.Posting.OpenLoopAsync(target, run.Options.Rates[0], run.Options.StepLength, warmUp);
        await warmUp.DrainAsync(TimeSpan.FromSeconds(3));
        var best = 0;
        foreach (var rate in run.Options.Rates)
        {
            if (!await StepAsync(run, label, target, rate) && !await StepAsync(run, label, target, rate))
            {
                break;
            }

            best = rate;
        }

        run.Clock.Forget();
        if (best == run.Options.Rates[^1])
        {
            Console.WriteLine($"    {label}: the highest rate tried passed; try higher ones with --rates");
        }

        return best;
    }

    /// <summary>Ten listeners on each of the target's feeds.</summary>
    public static Task<List<Listener>> ListenAsync(LoadRun run, int feeds, Func<int, int, Task<Listener>> open) =>
        Listener.OpenAsync(feeds * run.Options.Participants, i =>
            open(i / run.Options.Participants, i % run.Options.Participants));

    private static async Task<bool> StepAsync(LoadRun run, string label, IPostTarget target, int rate)
    {
        var step = new Phase($"{label} {rate}/s", run.Options.Participants);
        await run.Posting.OpenLoopAsync(target, rate, run.Options.StepLength, step);
        await step.DrainAsync(TimeSpan.FromSeconds(3));
        var passed = step.Errors == 0 && step.Deliveries.P99 < DeliveryLimitMs;
        Console.WriteLine(
            $"    {label,-22} {rate,5} posts/s: ack {step.Acks}, delivery {step.Deliveries} ({step.Delivered} of {step.ExpectedDeliveries})"
            + $"{(step.Errors > 0 ? $", {BareFloor.Errors(step)}" : "")} -> {(passed ? "pass" : "FAIL")}");
        // Let the queues of this step empty before the next one starts.
        await Task.Delay(TimeSpan.FromSeconds(1), run.Cancel);
        return passed;
    }
}
