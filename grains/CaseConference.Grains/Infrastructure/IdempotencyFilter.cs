using System.Reflection;
using System.Text.Json;
using CaseConference.Contracts;
using CaseConference.Domain;

namespace CaseConference.Grains.Infrastructure;

/// <summary>
/// Issue 9, for every <see cref="IdempotentAttribute"/> command of every grain: a request with an
/// Idempotency-Key that this grain answered before, for the same person, is answered from the
/// grain's <see cref="IdempotentMemory"/> without running the command (before If-Match, which the
/// first request moved on); the same key with another request is refused; a first request runs,
/// and the grain writes its answer with the change; a retry answered from memory first runs the
/// grain's waiting follow-on steps (<see cref="IFollowOnGrain"/>). A refused command leaves nothing remembered
/// unless it wrote, so its retry is judged again. Inside <see cref="DomainRefusalFilter"/>, which
/// turns the refusal into its wire form.
/// </summary>
public sealed class IdempotencyFilter(TimeProvider clock) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var request = IdempotentRequest.Take();
        if (request is null || context.InterfaceMethod?.GetCustomAttribute<IdempotentAttribute>() is null
            || CallerOf(context) is not { } caller)
        {
            await context.Invoke();
            return;
        }

        var memory = (context.TargetContext.GrainInstance as IIdempotentGrain)?.Idempotency
            ?? throw new InvalidOperationException(
                $"{context.InterfaceMethod.Name} is [Idempotent], and {context.TargetId} keeps no IdempotentMemory.");
        var resultType = ResultType(context.InterfaceMethod);
        var now = clock.GetUtcNow();
        if (memory.Find(caller, request.Key, now) is { } earlier)
        {
            if (earlier.Fingerprint != request.Fingerprint)
            {
                throw DomainException.Conflict(IdempotentRequest.ReusedCode,
                    $"This {IdempotentRequest.Header} was sent before with a different request; use a new key for a new request.");
            }

            // Set even for a command that answers nothing: Orleans takes a filter that neither invokes
            // nor answers for a broken chain.
            context.Result = resultType is null || earlier.Json is null ? null
                : JsonSerializer.Deserialize(earlier.Json, resultType, WireSerialization.Json);
            // What the first request left undone after its write (a crash, a callee down) is done
            // before its retry is answered; a failure here fails the retry, which may come again.
            if (context.TargetContext.GrainInstance is IFollowOnGrain followOns)
            {
                await followOns.RunFollowOnsAsync();
            }

            return;
        }

        memory.Begin(caller, request, resultType, now);
        try
        {
            await context.Invoke();
        }
        catch
        {
            memory.Abandon();
            throw;
        }

        memory.Answered(context.Result);
    }

    private static Caller? CallerOf(IIncomingGrainCallContext context)
    {
        for (var i = 0; i < context.Request.GetArgumentCount(); i++)
        {
            if (context.Request.GetArgument(i) is Caller caller)
            {
                return caller;
            }
        }

        return null;
    }

    /// <summary>T of Task&lt;T&gt;; null for a command that answers nothing.</summary>
    private static Type? ResultType(MethodInfo method) =>
        method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments()[0] : null;
}
