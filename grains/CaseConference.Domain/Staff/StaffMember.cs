namespace CaseConference.Domain.Staff;

/// <summary>A person on the panti's staff with one or more roles (PE1).</summary>
public sealed record StaffMember(Guid Id, string Name, List<StaffRole> Roles)
{
    public bool Has(StaffRole role) => Roles.Contains(role);

    /// <summary>Refuses an entry without a name or without any role.</summary>
    public void Validate()
    {
        Require.Text(Name, "staff_name_required", "The staff member's name");
        Require.That(Roles.Count > 0, () =>
            DomainException.Invalid("staff_role_required", "A staff member needs at least one role."));
    }
}
