using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Conferences;

/// <summary>
/// What opening the session needs, as it stands (KK8 quorum, KK2 chair in turn, KK4 late items),
/// so the secretary's screen shows it before anyone presses "buka sidang". <see cref="Conference.Open"/>
/// decides from the same numbers.
/// </summary>
/// <param name="ChairDiscipline">The discipline whose present core member chairs; null with no core member
/// present.</param>
/// <param name="ChairIds">The present core members of that discipline: any of them may open.</param>
/// <param name="OpensAt">KK4: the session opens no earlier than this (the panti's opening window before the
/// start).</param>
public sealed record SessionReadiness(
    bool SecretaryPresent,
    int CoreMembersPresent,
    bool QuorumHolds,
    Discipline? ChairDiscipline,
    List<Guid> ChairIds,
    List<AgendaItemReadiness> Items,
    DateTimeOffset OpensAt);

public sealed record AgendaItemReadiness(Guid AgendaItemId, ItemReadiness Readiness);
