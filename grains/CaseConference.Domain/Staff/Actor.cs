namespace CaseConference.Domain.Staff;

/// <summary>
/// The acting staff member as the panti knows them at the moment of a command: roles, core-team
/// discipline, and whether the pimpinan designated them to propose force majeure (FM1).
/// Grains build it with <c>PantiProfile.ActorFor</c> and pass it to every other aggregate, so
/// those aggregates need no access to the staff directory.
/// </summary>
public sealed record Actor(
    Guid StaffId,
    string Name,
    List<StaffRole> Roles,
    Discipline? CoreDiscipline = null,
    bool DesignatedForForceMajeure = false)
{
    public bool Has(StaffRole role) => Roles.Contains(role);

    public bool IsCoreMember => CoreDiscipline is not null;

    public bool IsPimpinan => Has(StaffRole.Pimpinan);

    public bool IsSekretaris => Has(StaffRole.Sekretaris);
}
