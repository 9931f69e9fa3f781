using CaseConference.Contracts;
using CaseConference.Domain;

namespace CaseConference.Grains.Infrastructure;

/// <summary>
/// Every grain call: a rule's refusal becomes its wire form (<see cref="RefusedException"/>), so
/// callers always receive a typed, serializable error. Rules refuse before they change anything;
/// any other failure (a refusal from a grain called downstream, a state write refused as stale, a
/// lost database) may leave the activation's memory ahead of storage, so the activation is dropped
/// and the next call reloads what was written.
/// </summary>
public sealed class DomainRefusalFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (DomainException e)
        {
            throw RefusedException.From(e);
        }
        catch (Exception e)
        {
            // Without the exception: given one, Orleans answers the calls queued behind this one with
            // it, so another person's read would fail with this caller's refusal.
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, $"a call failed ({e.GetType().Name}) after it may have changed state"));
            throw;
        }
    }
}
