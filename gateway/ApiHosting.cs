using CaseConference.Gateway.Auth;
using CaseConference.Gateway.Features.Accounts;
using CaseConference.Gateway.Features.Audit;
using CaseConference.Gateway.Features.Calendar;
using CaseConference.Gateway.Features.Clients;
using CaseConference.Gateway.Features.Conferences;
using CaseConference.Gateway.Features.ForceMajeure;
using CaseConference.Gateway.Features.Home;
using CaseConference.Gateway.Features.Notifications;
using CaseConference.Gateway.Features.Panti;
using CaseConference.Gateway.Features.Reviews;
using CaseConference.Gateway.Infrastructure;
using CaseConference.Gateway.Live;
using CaseConference.Storage;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scalar.AspNetCore;

namespace CaseConference.Gateway;

/// <summary>The HTTP API (/api/v1), its documentation, sign-in and the live hubs.</summary>
public static class ApiHosting
{
    public static WebApplicationBuilder AddCaseConferenceApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMediator((Mediator.MediatorOptions o) =>
        {
            o.ServiceLifetime = ServiceLifetime.Singleton;
            // Validation first: a malformed request must never reach a grain.
            o.PipelineBehaviors = [typeof(ValidationBehavior<,>)];
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemWriting();
        services.AddSingleton<UnsupportedMediaType>();
        services.AddExceptionHandler<ProblemMapping>();
        // Binding failures (malformed JSON, wrong types) are thrown, so ProblemMapping can name the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddCaseConferenceAuth();
        services.Configure<AccountOptions>(builder.Configuration.GetSection(AccountOptions.SectionName));
        services.AddSignInThrottle();
        services.AddCaseConferenceOpenApi();
        services.AddSignalR().AddJsonProtocol(o => ApiJson.Configure(o.PayloadSerializerOptions));
        services.Configure<LiveOptions>(builder.Configuration.GetSection(LiveOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LiveSessionGuard>().AddHostedService(sp => sp.GetRequiredService<LiveSessionGuard>());
        services.AddSingleton<FeedRelay<ConferenceHub>>()
            .AddHostedService(sp => sp.GetRequiredService<FeedRelay<ConferenceHub>>());
        services.AddSingleton<FeedRelay<ScheduleHub>>()
            .AddHostedService(sp => sp.GetRequiredService<FeedRelay<ScheduleHub>>());
        services.AddSingleton<IAuditLog, PostgresAuditLog>();
        services.AddSingleton<ScheduleViews>();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = RequestLimits.KestrelHeaderBytes;
        });
        return builder;
    }

    public static WebApplication MapCaseConferenceApi(this WebApplication app)
    {
        app.UseRequestLimits();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<PasswordChangeGate>();
        app.UseIdempotencyKeys();

        var api = app.MapGroup("/api/v1").RequireAuthorization().AddEndpointFilter<AntiforgeryForCookies>();
        api.MapAccountEndpoints();
        api.MapPantiEndpoints();
        api.MapClientEndpoints();
        api.MapConferenceEndpoints();
        api.MapForceMajeureEndpoints();
        api.MapReviewEndpoints();
        api.MapAuditEndpoints();
        api.MapCalendarEndpoints();
        api.MapHomeEndpoints();
        api.MapNotificationEndpoints();

        app.MapHub<ConferenceHub>("/hubs/conference");
        app.MapHub<ScheduleHub>("/hubs/schedule");
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/reference");
        return app;
    }
}
