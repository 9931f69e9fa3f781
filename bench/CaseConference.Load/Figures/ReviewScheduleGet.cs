using System.Diagnostics;
using CaseConference.Load.Measure;
using CaseConference.Load.Seeding;

namespace CaseConference.Load.Figures;

/// <summary>
/// GET /review-schedule of a panti with N clients (seeded through the API, <see cref="PlacedClients"/>), one at a
/// time, beside the bare server answering a byte array of the same size: the cost of sending those bytes.
/// </summary>
public static class ReviewScheduleGet
{
    public static async Task RunAsync(LoadRun run)
    {
        var panti = await run.Seeds.PantiAsync(100_000);
        var count = run.Options.ReviewClients;
        var placed = Math.Min(run.Options.ReviewPlaced, count);
        var seeding = Stopwatch.StartNew();
        await PlacedClients.SeedAsync(run, panti, count, placed);
        Console.WriteLine(
            $"    {count} clients opened, {placed} of them placed in the programme, in {seeding.Elapsed.TotalSeconds:0} s");

        // The schedule hears of each client one way; read it until it knows them all and every placed one's review.
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            var view =
                (await run.Api!.MustAsync(HttpMethod.Get, "/api/v1/review-schedule", panti.Tokens["pimpinan"])).Body!;
            var (known, reviews) = (view["clientNames"]!.AsObject().Count, view["reviews"]!.AsArray().Count);
            if (known >= count && reviews >= placed)
            {
                Console.WriteLine(
                    $"    the schedule knew them all {seeding.Elapsed.TotalSeconds:0} s after the first was opened");
                break;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"After 10 minutes the review schedule knew {known} of {count} clients and {reviews} of {placed} reviews.");
            }

            await Task.Delay(500, run.Cancel);
        }

        var gets = new Latencies();
        var bytes = 0;
        byte[] body = [];
        for (var i = 0; i < run.Options.ReviewGets; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/review-schedule");
            request.Headers.Authorization = new("Bearer", panti.Tokens["pimpinan"]);
            var start = Stopwatch.GetTimestamp();
            using var response = await run.Api!.RawAsync(request, run.Cancel);
            body = await response.Content.ReadAsByteArrayAsync(run.Cancel);
            gets.Add(Latencies.Since(start));
            bytes = body.Length;
        }

        using (var put = new HttpRequestMessage(HttpMethod.Put, "/bytes") { Content = new ByteArrayContent(body) })
        {
            (await run.BareApi!.RawAsync(put, run.Cancel)).EnsureSuccessStatusCode();
        }

        var send = new Latencies();
        for (var i = 0; i < run.Options.ReviewGets; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response =
                await run.BareApi!.RawAsync(new HttpRequestMessage(HttpMethod.Get, "/bytes"), run.Cancel);
            _ = await response.Content.ReadAsByteArrayAsync(run.Cancel);
            send.Add(Latencies.Since(start));
        }

        run.Report.Section(
            $"Review schedule GET, {count} clients in the panti, {placed} placed ({bytes / 1024.0:0} KiB answer)");
        run.Report.Figure($"GET /review-schedule x {run.Options.ReviewGets}", gets.ToString(),
            $"bare server sending the same bytes: {send}");
    }
}
