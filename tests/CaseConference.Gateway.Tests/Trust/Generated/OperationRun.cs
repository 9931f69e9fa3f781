using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseConference.Gateway.Tests.Trust.Generated;

/// <summary>
/// All generated requests of one operation, on one fixture panti: its mutations dealt over every
/// (state, caller) pair, at least <see cref="MinPerPair"/> each, then the valid request. Each answer
/// is judged: never a 5xx; a 4xx is a problem body; a refused request (and anything another panti or
/// nobody signed in sent) changed nothing; after an accepted one the panti's lists still answer.
/// </summary>
public sealed class OperationRun(FuzzPanti panti, ApiOperation op, Strangers strangers, int seed)
{
    public ApiOperation Operation => op;

    private const int MinPerPair = 2;
    private static readonly string[] Lists = ["/api/v1/clients", "/api/v1/conferences", "/api/v1/review-schedule"];

    public int Sent { get; private set; }

    public List<string> Failures { get; } = [];

    public TimeSpan Took { get; private set; }

    public async Task RunAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await RunPairsAsync();
        }
        catch (HttpRequestException e)
        {
            Failures.Add($"seed {seed}: {op.Key}: a fixture could not be made: {e.Message}");
        }

        Took = clock.Elapsed;
    }

    private async Task RunPairsAsync()
    {
        var random = new Random(seed ^ StableHash(op.Key));
        var callers = Callers.For(op, random);
        var states = ValidRequests.States(op);
        var pairs = states.SelectMany(s => callers.Select(c => (State: s, Caller: c))).ToList();
        var sample = await ValidRequests.BuildAsync(panti, op,
            await ValidRequests.TargetAsync(panti, states[0], strangers), callers[0]);
        var mutations = Mutations.For(op, sample.Body, strangers).OrderBy(_ => random.Next()).ToList();
        var dealt = pairs.Select(_ => new List<Mutation?>()).ToList();
        for (var i = 0; i < Math.Max(mutations.Count, pairs.Count * MinPerPair); i++)
        {
            dealt[i % pairs.Count].Add(mutations[i % mutations.Count]);
        }

        foreach (var ((state, caller), list) in pairs.Zip(dealt))
        {
            var target = await ValidRequests.TargetAsync(panti, state, strangers);
            foreach (var mutation in list.Append(null))
            {
                await OneAsync(target, caller, mutation);
                if (Failures.Count >= 10)
                {
                    return;
                }
            }
        }
    }

    private async Task OneAsync(Target target, string caller, Mutation? mutation)
    {
        var valid = await ValidRequests.BuildAsync(panti, op, target, caller);
        var request = mutation?.Apply(valid) ?? valid;
        var before = await Fingerprint.TakeAsync(panti, op, target, valid);
        Response response;
        try
        {
            response = await panti.SendAsync(caller, request);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException)
        {
            Fail($"{op.Key} as {caller} on {target.State}, {mutation?.Name}: the request failed ({e.GetType().Name})",
                request, new Response(0, null, null, e.Message));
            return;
        }

        Sent++;
        var what =
            $"{op.Key} as {caller} on {target.State}, {mutation?.Name ?? "the valid request"}: {response.Status}";
        if (response.Status >= 500)
        {
            Fail($"{what} (a 5xx is always a bug)", request, response);
            return;
        }

        if (response.Status >= 400 && !IsProblem(response))
        {
            Fail($"{what} without an application/problem+json body (got {response.MediaType ?? "none"})", request,
                response);
        }

        var accepted = response.Status < 400;
        if (!accepted || caller is FuzzPanti.Outsider or FuzzPanti.Anonymous)
        {
            var after = accepted ? await Fingerprint.SettledAsync(panti, op, target, valid)
                : await Fingerprint.TakeAsync(panti, op, target, valid);
            if (after != before)
            {
                Fail($"{what} changed the panti: {Fingerprint.Difference(before, after)}", request, response);
            }
        }

        if (accepted)
        {
            await ListsStillAnswerAsync(what, request,
                caller == FuzzPanti.Outsider ? [FuzzPanti.Outsider, "pimpinan"] : ["pimpinan"]);
            await Fingerprint.SettledAsync(panti, op, target, valid);
        }
    }

    private async Task ListsStillAnswerAsync(string what, ApiRequest request, string[] readers)
    {
        foreach (var reader in readers)
        {
            foreach (var list in Lists)
            {
                var answer = await panti.SendAsync(reader,
                    new ApiRequest(HttpMethod.Get, list, new Dictionary<string, string>(), null));
                if (answer.Status != 200)
                {
                    Fail($"{what}, then GET {list} as {reader} answered {answer.Status}", request, answer);
                }
            }
        }
    }

    private static bool IsProblem(Response response)
    {
        if (response.MediaType != "application/problem+json")
        {
            return false;
        }

        try
        {
            return JsonNode.Parse(response.Body) is JsonObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void Fail(string what, ApiRequest request, Response response) =>
        Failures.Add($"seed {seed}: {what}\n  request: {request.Describe()}\n  answer: {Shorten(response.Body)}");

    private static string Shorten(string text) => text.Length <= 500 ? text : $"{text[..500]}…";

    /// <summary>FNV-1a, so an operation's share of the seed is the same in every process.</summary>
    private static int StableHash(string text) =>
        text.Aggregate(unchecked((int)2166136261), (hash, c) => unchecked((hash ^ c) * 16777619));
}
