using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain;
using CaseConference.Domain.Panti;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Panti;

/// <summary>TN2/KK5: the panti's settings, with an ETag over their content.</summary>
public sealed record GetSettings(Caller Caller) : IRequest<GetSettings.Result>
{
    public sealed record Result(PantiSettings Settings, string ETag);

    public static async Task<Result> Read(IClusterClient cluster, Caller caller)
    {
        var settings = (await cluster.GetGrain<IPantiGrain>(caller.PantiId).Profile(caller)).Settings;
        return new Result(settings, ETags.ForContent(settings));
    }
}

/// <summary>
/// TN2/KK5: the pimpinan changes time zone, policy and/or fixed schedule in one grain call. If-Match
/// is required (two people editing the settings must not silently overwrite each other) and the
/// panti grain compares it in the turn that makes the change.
/// </summary>
public sealed record ChangeSettings(Caller Caller, string? IfMatch, string? TimeZoneId,
    PantiPolicy? Policy, KkRecurrence? Schedule)
    : IRequest<GetSettings.Result>, IValidated
{
    public sealed record Body(string? TimeZoneId, PantiPolicy? Policy, KkRecurrence? Schedule);

    public void Validate(Checks checks) => checks
        .OptionalText("timeZoneId", TimeZoneId, Checks.MaxShortText)
        .That(TimeZoneId is not null || Policy is not null || Schedule is not null, "body",
            "names at least one of timeZoneId, policy, schedule.")
        .That(Schedule is null || Enum.IsDefined(Schedule.Kind), "schedule.kind", "is not a recurrence kind.")
        .That(Schedule is null
            || SaneDates.IsScheduleStart(Schedule.StartsOn, DateOnly.FromDateTime(checks.Now.UtcDateTime)),
            "schedule.startsOn", $"must be within {SaneDates.ScheduleYears} years of today.");
}

public sealed class SettingsHandlers(IClusterClient cluster) : IRequestHandler<GetSettings, GetSettings.Result>,
    IRequestHandler<ChangeSettings, GetSettings.Result>
{
    public async ValueTask<GetSettings.Result> Handle(GetSettings request, CancellationToken cancellationToken) =>
        await GetSettings.Read(cluster, request.Caller);

    public async ValueTask<GetSettings.Result> Handle(ChangeSettings request, CancellationToken cancellationToken)
    {
        var settings = await cluster.GetGrain<IPantiGrain>(request.Caller.PantiId).ChangeSettings(
            request.Caller, IfMatch.From(request.IfMatch, required: true), request.TimeZoneId,
                request.Policy, request.Schedule);
        return new GetSettings.Result(settings, ETags.ForContent(settings));
    }
}
