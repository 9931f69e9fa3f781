using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CaseConference.Silo;

/// <summary>
/// The silo's OpenTelemetry: grain calls (Orleans' activity sources, continuing the gateway's
/// trace), Orleans' and Npgsql's metrics, sent to an OTLP collector when
/// <c>Telemetry:OtlpEndpoint</c> is set; without it nothing is exported (the gateway's
/// <c>/metrics</c> is the scrape endpoint).
/// </summary>
public static class Telemetry
{
    public static HostApplicationBuilder AddCaseConferenceTelemetry(this HostApplicationBuilder builder)
    {
        var otlp = builder.Configuration["Telemetry:OtlpEndpoint"];
        if (string.IsNullOrWhiteSpace(otlp))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("caseconference-silo"))
            .WithTracing(t => t.AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application").AddNpgsql()
                .AddOtlpExporter(o => o.Endpoint = new Uri(otlp)))
            .WithMetrics(m =>
                m.AddMeter("Microsoft.Orleans", "Npgsql").AddOtlpExporter(o => o.Endpoint = new Uri(otlp)));
        return builder;
    }
}
