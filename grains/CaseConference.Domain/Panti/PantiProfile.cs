using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Panti;

/// <summary>
/// One panti (tenant): its staff directory with roles (PE1), core team (PE2), settings (TN2, KK5)
/// and the discipline of the last KK chair (KK2).
/// </summary>
public sealed class PantiProfile
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The code staff type at sign-in (<see cref="PantiCodes"/>); unique across the deployment.</summary>
    public string SignInCode { get; set; } = "";

    public List<StaffMember> Staff { get; set; } = [];

    public CoreTeam CoreTeam { get; set; } = new();

    public PantiSettings Settings { get; set; } = new();

    /// <summary>Staff the pimpinan designated to propose force majeure besides core members (FM1).</summary>
    public List<Guid> ForceMajeureDesignees { get; set; } = [];

    public Discipline? LastChairDiscipline { get; set; }

    /// <summary>Founds a panti with its first pimpinan, who then registers everyone else.</summary>
    public static PantiProfile Found(Guid id, string name, string signInCode, StaffMember pimpinan)
    {
        Require.Text(name, "panti_name_required", "The panti's name");
        Require.That(PantiCodes.IsValid(signInCode), () => DomainException.Invalid(
            "panti_code_invalid", $"The panti's sign-in code must be {PantiCodes.Rule}."));
        pimpinan.Validate();
        Require.That(pimpinan.Has(StaffRole.Pimpinan), () => DomainException.Invalid(
            "founder_must_be_pimpinan", "A panti is founded with its pimpinan."));
        return new PantiProfile { Id = id, Name = name, SignInCode = signInCode, Staff = [pimpinan] };
    }

    public StaffMember Find(Guid staffId) => Staff.FirstOrDefault(s => s.Id == staffId)
        ?? throw DomainException.NotFound("staff_not_found", "No such staff member in this panti.");

    public Actor ActorFor(Guid staffId)
    {
        var member = Find(staffId);
        return new Actor(member.Id, member.Name, [.. member.Roles], CoreTeam.DisciplineOf(staffId),
            ForceMajeureDesignees.Contains(staffId));
    }

    public StaffRegistered RegisterStaff(Actor actor, StaffMember member, DateTimeOffset now)
    {
        RequirePimpinan(actor);
        member.Validate();
        Require.That(Staff.All(s => s.Id != member.Id), () => DomainException.Conflict(
            "staff_exists", "That staff member is already registered."));
        Staff.Add(member);
        return new StaffRegistered(member.Id, member.Name, [.. member.Roles], actor.StaffId, now);
    }

    public StaffRolesChanged ChangeRoles(Actor actor, Guid staffId, List<StaffRole> roles, DateTimeOffset now)
    {
        RequirePimpinan(actor);
        var current = Find(staffId);
        var changed = current with { Roles = [.. roles.Distinct()] };
        changed.Validate();
        var discipline = CoreTeam.DisciplineOf(staffId);
        Require.That(discipline is null || changed.Has(discipline.Value.Role()), () => DomainException.Conflict(
            "role_needed_for_core_team",
                "Dismiss the person from the core team before removing that discipline's role."));
        Staff[Staff.IndexOf(current)] = changed;
        return new StaffRolesChanged(staffId, changed.Roles, actor.StaffId, now);
    }

    public CoreTeamChanged AppointCoreMember(Actor actor, Guid staffId, Discipline discipline, DateTimeOffset now) =>
        new(CoreTeam.Appoint(actor, Find(staffId), discipline, now), CoreTeam.IsConstituted);

    public CoreTeamChanged DismissCoreMember(Actor actor, Guid staffId, DateTimeOffset now) =>
        new(CoreTeam.Dismiss(actor, staffId, now), CoreTeam.IsConstituted);

    public ForceMajeureProposerDesignated DesignateForceMajeureProposer(Actor actor, Guid staffId,
        bool designated, DateTimeOffset now)
    {
        RequirePimpinan(actor);
        Find(staffId);
        ForceMajeureDesignees.Remove(staffId);
        if (designated)
        {
            ForceMajeureDesignees.Add(staffId);
        }

        return new ForceMajeureProposerDesignated(staffId, designated, actor.StaffId, now);
    }

    /// <summary>KK2: remember the chair discipline of the session that just opened.</summary>
    public ChairRotationAdvanced RecordChair(Guid conferenceId, Discipline chairDiscipline, DateTimeOffset now)
    {
        LastChairDiscipline = chairDiscipline;
        return new ChairRotationAdvanced(conferenceId, chairDiscipline, now);
    }

    private static void RequirePimpinan(Actor actor) => Require.That(actor.IsPimpinan, () => DomainException.Forbidden(
        "pimpinan_only", "Only the pimpinan manages the staff directory."));
}
