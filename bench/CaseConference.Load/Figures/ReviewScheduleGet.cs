using System.Diagnostics;
using CaseConference.Load.Measure;

namespace CaseConference.Load.Figures;

/// <summary>
/// GET /review-schedule of a panti with N clients (opened through the API by its peksos), one at a
/// time, beside the bare server answering a byte array of the same size: the cost of sending those bytes.
/// </summary>
public static class ReviewScheduleGet
{
    public static async Task RunAsync(LoadRun run)
    {
        var panti = await run.Seeds.PantiAsync(100_000);
        var count = run.Options.ReviewClients;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = run.Cancel },
            async (i, _) => await run.Api!.MustAsync(HttpMethod.Post, "/api/v1/clients", panti.Tokens["peksos"],
                new { name = $"Klien Uji {i}", where = $"Pasar {i % 50}" }));

        // The schedule hears of each client one way; read it until it knows them all.
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            var view = await run.Api!.MustAsync(HttpMethod.Get, "/api/v1/review-schedule", panti.Tokens["pimpinan"]);
            if (view.Body!["clientNames"]!.AsObject().Count >= count)
            {
                break;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The review schedule knew {view.Body!["clientNames"]!.AsObject().Count} of {count} clients after 5 minutes.");
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
            using var response = await run.BareApi!.RawAsync(new HttpRequestMessage(HttpMethod.Get, "/bytes"), run.Cancel);
            _ = await response.Content.ReadAsByteArrayAsync(run.Cancel);
            send.Add(Latencies.Since(start));
        }

        run.Report.Section($"Review schedule GET, {count} clients in the panti ({bytes / 1024.0:0} KiB answer)");
        run.Report.Figure($"GET /review-schedule x {run.Options.ReviewGets}", gets.ToString(), $"bare server sending the same bytes: {send}");
    }
}
