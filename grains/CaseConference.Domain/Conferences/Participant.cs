using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Conferences;

/// <summary>In what capacity someone takes part in a KK (KK1).</summary>
public enum Capacity
{
    /// <summary>Pimpinan: penanggung jawab umum, narasumber and penasehat.</summary>
    PersonInCharge,

    /// <summary>Core team member: penyelenggara KK; the chair comes from these.</summary>
    Organiser,

    /// <summary>Sekretaris KK.</summary>
    Secretary,

    /// <summary>Anggota: cross-sector expert, appointed official or invited professional.</summary>
    Member,

    /// <summary>Daily-contact staff who attend, send a delegate, or send written input.</summary>
    InvitedStaff,
}

public sealed record Participant(Guid StaffId, string Name, Capacity Capacity, Discipline? CoreDiscipline = null);
