namespace CaseConference.Domain.Staff;

/// <summary>
/// The core team (tim inti KK): at least three people, at least one per discipline (PE2).
/// A team is built up by appointments; once constituted, a dismissal that would break the rule is
/// refused, so replacing the only medis means appointing the successor first.
/// </summary>
public sealed class CoreTeam
{
    public const int MinimumSize = 3;

    public List<CoreTeamMember> Members { get; set; } = [];

    public List<CoreTeamChange> Changes { get; set; } = [];

    public bool IsConstituted => Satisfies(Members);

    public Discipline? DisciplineOf(Guid staffId) => Members.FirstOrDefault(m => m.StaffId == staffId)?.Discipline;

    public static bool Satisfies(IReadOnlyCollection<CoreTeamMember> members) =>
        members.Select(m => m.StaffId).Distinct().Count() >= MinimumSize
        && DisciplineExtensions.All.All(d => members.Any(m => m.Discipline == d));

    public CoreTeamChange Appoint(Actor actor, StaffMember person, Discipline discipline, DateTimeOffset now)
    {
        RequirePimpinan(actor);
        Require.That(person.Has(discipline.Role()), () => DomainException.Invalid(
            "core_member_lacks_discipline_role", $"{person.Name} does not hold the {discipline} role."));
        Require.That(DisciplineOf(person.Id) is null, () => DomainException.Conflict(
            "already_core_member", $"{person.Name} is already on the core team."));

        Members.Add(new CoreTeamMember(person.Id, discipline));
        return Record(CoreTeamChangeKind.Appointed, person.Id, discipline, actor, now);
    }

    public CoreTeamChange Dismiss(Actor actor, Guid staffId, DateTimeOffset now)
    {
        RequirePimpinan(actor);
        var member = Members.FirstOrDefault(m => m.StaffId == staffId)
            ?? throw DomainException.NotFound("not_core_member", "That person is not on the core team.");
        var remaining = Members.Where(m => m.StaffId != staffId).ToList();
        Require.That(!IsConstituted || Satisfies(remaining), () => DomainException.Conflict(
            "core_team_would_break",
                "The core team needs three people covering peksos, psikolog and medis; appoint a successor first."));

        Members = remaining;
        return Record(CoreTeamChangeKind.Dismissed, staffId, member.Discipline, actor, now);
    }

    private CoreTeamChange Record(CoreTeamChangeKind kind, Guid staffId, Discipline discipline,
        Actor actor, DateTimeOffset now)
    {
        var change = new CoreTeamChange(kind, staffId, discipline, actor.StaffId, now);
        Changes.Add(change);
        return change;
    }

    private static void RequirePimpinan(Actor actor) => Require.That(actor.IsPimpinan, () => DomainException.Forbidden(
        "pimpinan_only", "Only the pimpinan changes the core team."));
}
