namespace CaseConference.Domain.Notifications;

/// <summary>
/// The thing a notification is about: the ids of the place where it is done. <see cref="Route"/> is
/// that place in the web app.
/// </summary>
public sealed record NotificationTarget(
    Guid? ConferenceId = null, Guid? AgendaItemId = null, Guid? ClientId = null, Guid? ForceMajeureId = null)
{
    /// <summary>The web app's screen for it: the KK, else the force majeure, else the client's case file.</summary>
    public string Route =>
        ConferenceId is { } kk ? $"/kk/{kk}"
        : ForceMajeureId is { } fm ? $"/fm/{fm}"
        : ClientId is { } client ? $"/klien/{client}"
        : "/";
}

/// <summary>
/// One notification a source wants its person to have now. <see cref="Key"/> is unique per thing
/// and person within the source, so the same notification is never raised twice; a source states
/// the whole set it wants, and whatever it no longer states is cleared.
/// </summary>
public sealed record NotificationSpec(Guid StaffId, string Key, NotificationKind Kind, NotificationTarget Target,
    DateTimeOffset? DueAt = null);

/// <summary>
/// What a source (a KK, a force majeure, a panti's review schedule) wants every person it may
/// concern to be told now. <see cref="Audience"/> is everyone it could tell: each of them is told
/// their part, an empty part clearing what they had from this source.
/// <see cref="NextChange"/> is when the answer changes with time alone (a deadline passing).
/// </summary>
public sealed record NotificationPlan(string Source, IReadOnlyCollection<Guid> Audience,
    IReadOnlyList<NotificationSpec> Notifications, DateTimeOffset? NextChange)
{
    public IReadOnlyList<NotificationSpec> For(Guid staffId) => [.. Notifications.Where(n => n.StaffId == staffId)];
}
