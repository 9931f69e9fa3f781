using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core requests, Orleans grain calls (its activity
/// sources and meter; the client propagates the trace into the silos), Npgsql. Metrics are scraped
/// by Prometheus at <c>/metrics</c>; both go to an OTLP collector when <c>Telemetry:OtlpEndpoint</c>
/// is set. A request's path is recorded redacted as in the request log (finding 14: the calendar
/// token is in its URL).
/// </summary>
public static class Telemetry
{
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";
    public const string ScrapePath = "/metrics";

    /// <summary>What Orleans reports under (grain calls as activities; messaging, activations, membership as metrics).</summary>
    public static readonly string[] OrleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static WebApplicationBuilder AddCaseConferenceTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = builder.Configuration[OtlpEndpointKey];
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("caseconference-gateway"))
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = http => !http.Request.Path.StartsWithSegments(ScrapePath);
                    o.EnrichWithHttpRequest = (activity, request) => activity.SetTag("url.path", SecretFreeLogging.SafePath(request.Path));
                })
                    .AddSource(OrleansSources)
                    .AddNpgsql();
                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    t.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            })
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation()
                    .AddMeter("Microsoft.Orleans", "Npgsql")
                    .AddPrometheusExporter();
                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    m.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            });
        return builder;
    }

    public static WebApplication MapTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(ScrapePath);
        return app;
    }
}
