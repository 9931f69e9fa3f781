using System.Diagnostics;
using System.Net;
using CaseConference.Contracts.Accounts;
using CaseConference.Gateway.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;

namespace CaseConference.Gateway.Tests.Operations;

/// <summary>Issue 9, operations: traces and a Prometheus scrape endpoint, and no secret in either.</summary>
public sealed class TelemetryTests(GatewayWorld world) : IClassFixture<GatewayWorld>
{
    [Fact]
    public async Task Issue9_metrics_are_scraped_at_slash_metrics_in_Prometheus_text()
    {
        (await world.As("pimpinan").GetAsync("/api/v1/auth/me")).EnsureSuccessStatusCode();

        await Poll.Until(async () =>
        {
            var scrape = await world.Anonymous().GetAsync(Telemetry.ScrapePath);
            return scrape.StatusCode == HttpStatusCode.OK
                && (await scrape.Content.ReadAsStringAsync()).Contains("http_server_request_duration_seconds");
        }, TimeSpan.FromSeconds(20), "the request duration histogram in /metrics");
    }

    [Fact]
    public async Task Issue9_a_request_is_traced_with_its_grain_call_and_the_calendar_token_is_never_recorded()
    {
        var spans = new List<Activity>();
        // Spans are recorded only when something takes them: here an in-memory exporter.
        await using var traced =
            world.Gateway.WithWebHostBuilder(b => b.UseSetting(Telemetry.TracingKey, "true").ConfigureTestServices(s =>
            s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))));
        var issued = await (await world.As("staf").Post("/api/v1/auth/calendar-token", new { label = "jejak" }))
            .Read<IssuedToken>();

        // Listeners are process-wide: other classes' calendar requests are traced here too, so this
        // request carries a trace id of its own to find its span by.
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/calendar/{issued.Token}.ics");
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        (await traced.CreateClient().SendAsync(request)).EnsureSuccessStatusCode();

        bool Mine(Activity a) => a.Kind == ActivityKind.Server && a.TraceId == trace
            && a.GetTagItem("http.route") is string route && route.Contains("calendar");
        await Poll.Until(() => Snapshot(spans).Any(Mine), TimeSpan.FromSeconds(20), "the calendar request's span");
        var server = Snapshot(spans).Single(Mine);
        server.GetTagItem("url.path").ShouldBe($"/api/v1/calendar/{SecretFreeLogging.Redacted}");
        foreach (var span in Snapshot(spans))
        {
            span.DisplayName.ShouldNotContain(issued.Token);
            foreach (var (key, value) in span.Tags)
            {
                (value ?? "").Contains(issued.Token, StringComparison.Ordinal)
                    .ShouldBeFalse($"tag {key} of {span.DisplayName}");
            }
        }
    }

    private static List<Activity> Snapshot(List<Activity> spans)
    {
        lock (spans)
        {
            return [.. spans];
        }
    }
}
