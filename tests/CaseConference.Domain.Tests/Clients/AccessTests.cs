using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using Shouldly;
using static CaseConference.Domain.Tests.Refusal;

namespace CaseConference.Domain.Tests.Clients;

public sealed class AccessTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void CL6_entitled_readers_are_allowed_and_each_read_yields_an_audit_line()
    {
        var client = _world.PlacedClient();

        client.AuthorizeRead(_world.Peksos, false, TestWorld.Now).Basis.ShouldBe(ReadBasis.ResponsiblePeksos);
        client.AuthorizeRead(_world.Medis, false, TestWorld.Now).Basis.ShouldBe(ReadBasis.CoreTeam);
        client.AuthorizeRead(_world.Pimpinan, false, TestWorld.Now).Basis.ShouldBe(ReadBasis.Pimpinan);
        client.AuthorizeRead(_world.Sekretaris, false, TestWorld.Now)
            .ShouldBe(new CaseRecordRead(client.Id, TestWorld.SekretarisId, ReadBasis.Sekretaris, TestWorld.Now));
    }

    [Fact]
    public void CL6_everyone_else_is_denied()
    {
        var client = _world.PlacedClient();

        Refused(() => client.AuthorizeRead(_world.Outsider, false, TestWorld.Now), RefusalKind.Forbidden,
            "case_record_confidential");
        Refused(() => client.AuthorizeRead(_world.Anggota, false, TestWorld.Now), RefusalKind.Forbidden,
            "case_record_confidential");
    }

    [Fact]
    public void CL6_kk_participants_read_only_while_the_client_is_on_an_open_agenda()
    {
        var client = _world.PlacedClient();
        var kk = _world.PlannedConference();
        kk.Invite(_world.Sekretaris, _world.Outsider, Capacity.InvitedStaff, TestWorld.Now);

        kk.GrantsCaseRecordRead(TestWorld.OutsiderId, client.Id).ShouldBeFalse(); // not on the agenda yet
        kk.AddAgendaItem(_world.Sekretaris, Guid.NewGuid(), client.Id, AgendaPurpose.QuarterlyReview,
            TestWorld.PeksosId, null, TestWorld.Now);
        kk.GrantsCaseRecordRead(TestWorld.OutsiderId, client.Id).ShouldBeTrue();
        client.AuthorizeRead(_world.Outsider, true, TestWorld.Now).Basis.ShouldBe(ReadBasis.ConferenceParticipant);

        kk.Cancel(_world.Pimpinan, "Banjir; kantor tutup.", TestWorld.Now);
        kk.GrantsCaseRecordRead(TestWorld.OutsiderId, client.Id).ShouldBeFalse();
    }
}
