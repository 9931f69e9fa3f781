using CaseConference.Contracts;
using CaseConference.Contracts.Conferences;
using CaseConference.Domain.Conferences;
using CaseConference.Gateway.Infrastructure;
using Mediator;

namespace CaseConference.Gateway.Features.Conferences;

/// <summary>
/// KK3: the secretary (or the session's deputy) records a numbered minutes entry; with
/// <see cref="AmendedNumber"/> it is a correction of an earlier entry, which stays. If-Match is
/// optional: when sent, a replayed request answers 412 instead of recording the entry twice. An
/// Idempotency-Key makes a retry safe without it: the retry answers the first request's entry and
/// ETag, and writes nothing (issue 9).
/// </summary>
public sealed record RecordMinute(
    Caller Caller, Guid ConferenceId, string? IfMatch, string Text, int? AmendedNumber = null,
        string? IdempotencyKey = null)
    : IConferenceCommand, IRequest<RecordMinute.Result>, IValidated
{
    public sealed record Body(string Text);

    public sealed record Result(MinuteEntry Entry, string ETag);

    public void Validate(Checks checks) =>
        checks.Text("text", Text).That(AmendedNumber is null or > 0, "number", "must be positive.")
        .That(IdempotencyKey is null || (IdempotencyKey.Length is > 0 and <= Checks.MaxShortText
            && IdempotencyKey.All(c => c is > ' ' and <= '~')),
            "Idempotency-Key", $"must be 1 to {Checks.MaxShortText} visible ASCII characters.");
}

public sealed class RecordMinuteHandler(IClusterClient cluster) : IRequestHandler<RecordMinute, RecordMinute.Result>
{
    public async ValueTask<RecordMinute.Result> Handle(RecordMinute request, CancellationToken cancellationToken)
    {
        var kk = cluster.Conference(request);
        var recorded = request.AmendedNumber is { } number
            ? await kk.AmendMinute(request.Caller, request.Expected(), number, request.Text, request.IdempotencyKey)
            : await kk.RecordMinute(request.Caller, request.Expected(), request.Text, request.IdempotencyKey);
        return new RecordMinute.Result(recorded.Value, ETags.ForVersion(recorded.Version));
    }
}
