namespace CaseConference.Domain.Clients;

public enum Sex
{
    /// <summary>Laki-laki.</summary>
    Male,

    /// <summary>Perempuan.</summary>
    Female,
}

/// <summary>
/// The buku induk klien entry (the client register, CL1). <see cref="ClientMasterNumber"/> is the panti's
/// Nomor Induk Klien; it is not the national NIK (Nomor Induk Kependudukan), which many clients
/// lack, so never label it "NIK" alone (CL1).
/// </summary>
public sealed record Registration(
    string RegisterNumber,
    string ClientMasterNumber,
    string FullName,
    DateOnly BirthDate,
    Sex Sex,
    string Origin,
    string ReferringAgency)
{
    public string? BirthPlace { get; init; }

    /// <summary>Nomor urut angkatan: sequence within the intake cohort.</summary>
    public int? CohortSequence { get; init; }

    public string? Religion { get; init; }

    public void Validate(DateOnly today)
    {
        Require.Text(RegisterNumber, "register_number_required", "The register number (nomor register)");
        Require.Text(ClientMasterNumber, "client_master_number_required",
            "The client master number (Nomor Induk Klien)");
        Require.Text(FullName, "full_name_required", "The full name");
        Require.Text(Origin, "origin_required", "The origin");
        Require.Text(ReferringAgency, "referring_agency_required", "The referring agency");
        Require.That(BirthDate <= today, () =>
            DomainException.Invalid("birth_date_in_future", "The birth date lies in the future."));
    }
}
