using Mediator;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// Every Mediator request passes here first: a request that knows its shape (<see cref="IValidated"/>)
/// is checked, and a bad one never reaches a grain.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(TimeProvider clock) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (message is IValidated validated)
        {
            var checks = new Checks { Now = clock.GetUtcNow() };
            validated.Validate(checks);
            if (checks.Failed)
            {
                throw new RequestValidationException(checks.Errors);
            }
        }

        return next(message, cancellationToken);
    }
}
