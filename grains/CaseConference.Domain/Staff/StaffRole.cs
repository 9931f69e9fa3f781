namespace CaseConference.Domain.Staff;

/// <summary>Roles a staff member may hold (PE1). One person may hold several.</summary>
public enum StaffRole
{
    /// <summary>Pimpinan panti: head of the institution; person in charge and adviser at a KK.</summary>
    Pimpinan,

    /// <summary>Pekerja sosial: social worker.</summary>
    Peksos,

    /// <summary>Psikolog: psychologist.</summary>
    Psikolog,

    /// <summary>Medis: doctor or nurse.</summary>
    Medis,

    /// <summary>Sekretaris KK, by default the Kepala Seksi Rehabilitasi.</summary>
    Sekretaris,

    /// <summary>Anggota: cross-sector expert or appointed structural/functional official.</summary>
    Anggota,

    /// <summary>Other staff: dormitory, caregivers, instructors, Tata Usaha.</summary>
    Staf,
}
