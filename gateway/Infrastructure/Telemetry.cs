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
/// token is in its URL). Spans are recorded only when something takes them (an OTLP endpoint, or
/// <c>Telemetry:Tracing</c> for an exporter added in code): with nothing to send them to, making a
/// span per request and per grain call was CPU spent on every minute entry for nothing (issue 9).
/// </summary>
public static class Telemetry
{
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";
    public const string TracingKey = "Telemetry:Tracing";
    public const string ScrapePath = "/metrics";

    /// <summary>
    /// What Orleans reports under (grain calls as activities; messaging, activations, membership as metrics).
    /// </summary>
    public static readonly string[] OrleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static WebApplicationBuilder AddCaseConferenceTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = builder.Configuration[OtlpEndpointKey];
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("caseconference-gateway"));
        if (builder.Configuration.GetValue(TracingKey, !string.IsNullOrWhiteSpace(otlp)))
        {
            telemetry.WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = http => !http.Request.Path.StartsWithSegments(ScrapePath);
                    o.EnrichWithHttpRequest = (activity, request) =>
                        activity.SetTag("url.path", SecretFreeLogging.SafePath(request.Path));
                }).AddSource(OrleansSources).AddNpgsql();
                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    t.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            });
        }

        telemetry.WithMetrics(m =>
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
