using CaseConference.Contracts;
using CaseConference.Contracts.Notifications;
using Mediator;

namespace CaseConference.Gateway.Features.Notifications;

/// <summary>
/// Issue 10: marks one of the caller's notifications read, or all open ones (<see cref="NotificationId"/> null).
/// </summary>
public sealed record MarkNotificationsRead(Caller Caller, Guid? NotificationId) : Mediator.IRequest;

public sealed class MarkNotificationsReadHandler(IClusterClient cluster) : IRequestHandler<MarkNotificationsRead>
{
    public async ValueTask<Unit> Handle(MarkNotificationsRead request, CancellationToken cancellationToken)
    {
        var caller = request.Caller;
        await cluster.GetGrain<INotificationInboxGrain>(InboxKey.For(caller.PantiId, caller.StaffId)).MarkRead(caller,
            request.NotificationId);
        return Unit.Value;
    }
}
