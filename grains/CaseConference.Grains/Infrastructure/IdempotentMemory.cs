using System.Text.Json;
using CaseConference.Contracts;

namespace CaseConference.Grains.Infrastructure;

/// <summary>
/// Issue 9: the Idempotency-Keys a grain answered recently and what it answered, kept in the grain's
/// own state, so the answer of a change is written in the same state write as the change: no crash
/// can leave one without the other. <see cref="IdempotencyFilter"/> looks keys up and opens the
/// command it serves; the grain gives its answer with <see cref="Answer"/> right before each state
/// write the command makes. Bounded: the last <see cref="Capacity"/> keys, none older than
/// <see cref="Lifetime"/>.
/// </summary>
[GenerateSerializer]
public sealed class IdempotentMemory
{
    /// <summary>How many keys a grain keeps: far more changes than a client makes while it retries one.</summary>
    public const int Capacity = 64;

    /// <summary>How long a key is kept: far longer than any client retries.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>Oldest first.</summary>
    [Id(0)] public List<RememberedAnswer> Answers { get; set; } = [];

    /// <summary>The keyed command this activation is running, not stored.</summary>
    [NonSerialized] private Serving? serving;

    /// <summary>What this person's <paramref name="key"/> answered, if it is still kept.</summary>
    public RememberedAnswer? Find(Caller caller, string key, DateTimeOffset now) =>
        Answers.LastOrDefault(a =>
            a.Key == key && a.StaffId == caller.StaffId && a.PantiId == caller.PantiId && a.At > now - Lifetime);

    /// <summary>
    /// Called by the filter before the command runs; <paramref name="resultType"/> is null for a command that answers
    /// nothing.
    /// </summary>
    public void Begin(Caller caller, IdempotentRequest request, Type? resultType, DateTimeOffset now) =>
        serving = new Serving(caller, request, resultType, now);

    /// <summary>
    /// What the command being served answers, given right before a state write that makes (part of)
    /// the change, so the write holds it; a later call (a command that writes twice) replaces it.
    /// Outside a keyed command it does nothing.
    /// </summary>
    public void Answer(object? answer)
    {
        if (serving is not { } s)
        {
            return;
        }

        var json = Serialize(answer, s.ResultType);
        Answers.RemoveAll(a => a.At <= s.At - Lifetime);
        var index = Answers.FindIndex(a => a.Key == s.Request.Key && a.StaffId == s.Caller.StaffId
            && a.PantiId == s.Caller.PantiId);
        if (index >= 0)
        {
            Answers[index] = Answers[index] with { Json = json };
            return;
        }

        if (Answers.Count >= Capacity)
        {
            Answers.RemoveRange(0, Answers.Count - Capacity + 1);
        }

        Answers.Add(new RememberedAnswer(s.Caller.PantiId, s.Caller.StaffId, s.Request.Key,
            s.Request.Fingerprint, s.At, json));
    }

    /// <summary>
    /// Called by the filter when the command answered: memory holds what it answered (a command that
    /// wrote nothing is remembered too, and stored with the grain's next write).
    /// </summary>
    public void Answered(object? result)
    {
        Answer(result);
        serving = null;
    }

    /// <summary>Called by the filter when the command failed: what it wrote stays remembered, nothing else.</summary>
    public void Abandon() => serving = null;

    private static string? Serialize(object? answer, Type? resultType) => resultType switch
    {
        null when answer is null => null,
        not null when resultType.IsInstanceOfType(answer) =>
            JsonSerializer.Serialize(answer, resultType, WireSerialization.Json),
        _ => throw new InvalidOperationException(
            $"A keyed command answered {answer?.GetType().Name ?? "nothing"} where it answers {resultType?.Name ?? "nothing"}."),
    };

    private sealed record Serving(Caller Caller, IdempotentRequest Request, Type? ResultType, DateTimeOffset At);
}

/// <summary>
/// One key a person sent, the fingerprint of its request, when, and the answer as JSON (null: nothing to answer).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RememberedAnswer(
    [property: Id(0)] Guid PantiId,
    [property: Id(1)] Guid StaffId,
    [property: Id(2)] string Key,
    [property: Id(3)] string Fingerprint,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string? Json);

/// <summary>
/// A grain with <see cref="IdempotentAttribute"/> commands: its memory of their keys, part of its state.
/// </summary>
public interface IIdempotentGrain
{
    IdempotentMemory Idempotency { get; }
}
