using CaseConference.Domain.Clients;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Clients;

public sealed class RegistrationCorrectionTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void CL1_a_correction_changes_the_fields_sent_and_records_each_in_the_chronology()
    {
        var client = _world.ClientAwaitingPlacement();
        var before = client.Chronology.Count;
        var at = TestWorld.Now.AddHours(1);

        var lines = client.CorrectRegistration(_world.Sekretaris,
            new RegistrationCorrection { FullName = "Slamet Riyanto", BirthDate = new DateOnly(1980, 2, 3),
                Reason = "Salah ketik di buku induk." }, at);

        client.Registration!.FullName.ShouldBe("Slamet Riyanto");
        client.Registration.BirthDate.ShouldBe(new DateOnly(1980, 2, 3));
        client.Registration.Origin.ShouldBe("Jakarta Pusat");
        client.Name.ShouldBe("Slamet Riyanto");
        client.Chronology.Count.ShouldBe(before + 2);
        lines.Select(l => (l.Field, l.Before, l.After)).ShouldBe(
        [
            (RegistrationField.FullName, "Slamet Riyadi", "Slamet Riyanto"),
            (RegistrationField.BirthDate, "1980-03-02", "1980-02-03"),
        ]);
        lines.ShouldAllBe(l =>
            l.Fact == ChronologyFact.RegistrationCorrected && l.By == TestWorld.SekretarisId && l.At == at
            && l.Text == "Salah ketik di buku induk.");
    }

    [Fact]
    public void CL1_a_correction_that_changes_nothing_writes_no_line()
    {
        var client = _world.ClientAwaitingPlacement();
        var before = client.Chronology.Count;

        client.CorrectRegistration(_world.Staf, new RegistrationCorrection { Origin = "Jakarta Pusat" }, TestWorld.Now)
            .ShouldBeEmpty();

        client.Chronology.Count.ShouldBe(before);
    }

    [Fact]
    public void CL1_only_those_who_register_correct_and_only_a_registered_client()
    {
        var client = _world.ClientAwaitingPlacement();
        Refused(() =>
            client.CorrectRegistration(_world.Peksos, new RegistrationCorrection { FullName = "Budi" }, TestWorld.Now),
            RefusalKind.Forbidden, "registration_by_administration");
        Refused(() => client.CorrectRegistration(_world.Staf,
            new RegistrationCorrection { BirthDate = new DateOnly(2100, 1, 1) }, TestWorld.Now),
            RefusalKind.Invalid, "birth_date_in_future");
        client.Registration!.FullName.ShouldBe("Slamet Riyadi");

        var (prospect, _) = Client.Open(Guid.NewGuid(), _world.Peksos, "Ujang", "Terminal Kampung Rambutan",
            TestWorld.Now);
        Refused(() => prospect.CorrectRegistration(_world.Staf, new RegistrationCorrection { FullName = "Ujang S." },
            TestWorld.Now),
            RefusalKind.Conflict, "not_registered");
    }
}
