using CaseConference.Domain.Staff;

namespace CaseConference.Contracts.Wire;

/// <summary>
/// The acting staff member on the Orleans wire: a KK asks its panti for it on every command, in
/// the same silo as a rule, where JSON made each answer's copy a serialization and a parse (issue
/// 9's profile of the silo). Roles and discipline go by the enums' values: add members at the end.
/// </summary>
[GenerateSerializer]
public struct ActorWire
{
    [Id(0)] public Guid StaffId;
    [Id(1)] public string Name;
    [Id(2)] public List<StaffRole> Roles;
    [Id(3)] public Discipline? CoreDiscipline;
    [Id(4)] public bool DesignatedForForceMajeure;
}

[RegisterConverter]
public sealed class ActorWireConverter : IConverter<Actor, ActorWire>
{
    public Actor ConvertFromSurrogate(in ActorWire wire) =>
        new(wire.StaffId, wire.Name, [.. wire.Roles], wire.CoreDiscipline, wire.DesignatedForForceMajeure);

    public ActorWire ConvertToSurrogate(in Actor value) => new()
    {
        StaffId = value.StaffId, Name = value.Name, Roles = value.Roles,
        CoreDiscipline = value.CoreDiscipline, DesignatedForForceMajeure = value.DesignatedForForceMajeure,
    };
}
