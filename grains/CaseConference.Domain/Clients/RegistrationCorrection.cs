using System.Globalization;

namespace CaseConference.Domain.Clients;

/// <summary>A field of the buku induk entry (<see cref="Registration"/>), as a correction names it.</summary>
public enum RegistrationField
{
    RegisterNumber,
    ClientMasterNumber,
    FullName,
    BirthDate,
    Sex,
    Origin,
    ReferringAgency,
    BirthPlace,
    CohortSequence,
    Religion,
}

/// <summary>
/// CL1: corrections to a client's buku induk entry (a typo, a wrong birth date). A field left null
/// stays as it is; <see cref="Reason"/> is the corrector's own words, kept in the chronology.
/// </summary>
public sealed record RegistrationCorrection
{
    public string? RegisterNumber { get; init; }

    public string? ClientMasterNumber { get; init; }

    public string? FullName { get; init; }

    public DateOnly? BirthDate { get; init; }

    public Sex? Sex { get; init; }

    public string? Origin { get; init; }

    public string? ReferringAgency { get; init; }

    public string? BirthPlace { get; init; }

    public int? CohortSequence { get; init; }

    public string? Religion { get; init; }

    public string? Reason { get; init; }

    public Registration ApplyTo(Registration current) => current with
    {
        RegisterNumber = RegisterNumber ?? current.RegisterNumber,
        ClientMasterNumber = ClientMasterNumber ?? current.ClientMasterNumber,
        FullName = FullName ?? current.FullName,
        BirthDate = BirthDate ?? current.BirthDate,
        Sex = Sex ?? current.Sex,
        Origin = Origin ?? current.Origin,
        ReferringAgency = ReferringAgency ?? current.ReferringAgency,
        BirthPlace = BirthPlace ?? current.BirthPlace,
        CohortSequence = CohortSequence ?? current.CohortSequence,
        Religion = Religion ?? current.Religion,
    };

    /// <summary>Each field whose value differs, with both values as text (dates ISO, enums by name).</summary>
    public static List<(RegistrationField Field, string? Before, string? After)> Differences(Registration before,
        Registration after) =>
    [
        .. new (RegistrationField Field, string? Before, string? After)[]
        {
            (RegistrationField.RegisterNumber, before.RegisterNumber, after.RegisterNumber),
            (RegistrationField.ClientMasterNumber, before.ClientMasterNumber, after.ClientMasterNumber),
            (RegistrationField.FullName, before.FullName, after.FullName),
            (RegistrationField.BirthDate, Iso(before.BirthDate), Iso(after.BirthDate)),
            (RegistrationField.Sex, before.Sex.ToString(), after.Sex.ToString()),
            (RegistrationField.Origin, before.Origin, after.Origin),
            (RegistrationField.ReferringAgency, before.ReferringAgency, after.ReferringAgency),
            (RegistrationField.BirthPlace, before.BirthPlace, after.BirthPlace),
            (RegistrationField.CohortSequence, before.CohortSequence?.ToString(CultureInfo.InvariantCulture),
                after.CohortSequence?.ToString(CultureInfo.InvariantCulture)),
            (RegistrationField.Religion, before.Religion, after.Religion),
        }.Where(d => d.Before != d.After),
    ];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
