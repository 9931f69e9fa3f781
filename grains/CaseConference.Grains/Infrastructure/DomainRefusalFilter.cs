using CaseConference.Contracts;
using CaseConference.Domain;

namespace CaseConference.Grains.Infrastructure;

/// <summary>
/// Every grain call: a rule's refusal becomes its wire form (<see cref="RefusedException"/>), so
/// callers always receive a typed, serializable error. Rules refuse before they change anything;
/// any other failure (a refusal from a grain called downstream, a state write refused as stale, a
/// lost database) may leave the activation's memory ahead of storage, so the activation is dropped
/// and the next call reloads what was written. A database that is unreachable becomes an
/// <see cref="UnavailableException"/> (503 at the gateway); any other database error a plain
/// exception with its SQL state, since the driver's own exceptions cannot cross the wire.
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
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError,
                $"a call failed ({e.GetType().Name}) after it may have changed state"));
            if (StorageFailures.IsTransient(e))
            {
                throw UnavailableException.Storage(e);
            }

            if (StorageFailures.Permanent(e) is { } db)
            {
                throw new InvalidOperationException(
                    $"Storage refused a statement ({db.GetType().Name} {db.SqlState}): {db.Message}");
            }

            throw;
        }
    }
}
