using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Tests;

/// <summary>
/// A panti with a core team of four (two peksos), a secretary, a member, two staff and a weekly
/// Wednesday 09:00 KK; "now" is Monday 5 January 2026, 09:00 in Jakarta.
/// </summary>
internal sealed class TestWorld
{
    public static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(7));

    public static readonly Guid PimpinanId = Guid.Parse("00000000-0000-0000-0000-000000000001");
    public static readonly Guid SekretarisId = Guid.Parse("00000000-0000-0000-0000-000000000002");
    public static readonly Guid PeksosId = Guid.Parse("00000000-0000-0000-0000-000000000003");
    public static readonly Guid Peksos2Id = Guid.Parse("00000000-0000-0000-0000-000000000004");
    public static readonly Guid PsikologId = Guid.Parse("00000000-0000-0000-0000-000000000005");
    public static readonly Guid MedisId = Guid.Parse("00000000-0000-0000-0000-000000000006");
    public static readonly Guid StafId = Guid.Parse("00000000-0000-0000-0000-000000000007");
    public static readonly Guid AnggotaId = Guid.Parse("00000000-0000-0000-0000-000000000008");
    public static readonly Guid OutsiderId = Guid.Parse("00000000-0000-0000-0000-000000000009");

    public TestWorld()
    {
        Panti = PantiProfile.Found(Guid.NewGuid(), "PSBK Pangudi Luhur", "pangudi-luhur",
            new StaffMember(PimpinanId, "Ibu Sari", [StaffRole.Pimpinan]));
        Register(SekretarisId, "Pak Budi", StaffRole.Sekretaris);
        Register(PeksosId, "Mbak Rina", StaffRole.Peksos);
        Register(Peksos2Id, "Mas Dedi", StaffRole.Peksos);
        Register(PsikologId, "Bu Wati", StaffRole.Psikolog);
        Register(MedisId, "dr. Agus", StaffRole.Medis);
        Register(StafId, "Pak Joko (Tata Usaha)", StaffRole.Staf);
        Register(AnggotaId, "Pak Hadi (Dinsos)", StaffRole.Anggota);
        Register(OutsiderId, "Bu Yanti (asrama)", StaffRole.Staf);
        Panti.AppointCoreMember(Pimpinan, PeksosId, Discipline.Peksos, Now);
        Panti.AppointCoreMember(Pimpinan, PsikologId, Discipline.Psikolog, Now);
        Panti.AppointCoreMember(Pimpinan, MedisId, Discipline.Medis, Now);
        Panti.AppointCoreMember(Pimpinan, Peksos2Id, Discipline.Peksos, Now);
        Panti.Settings.ChangeSchedule(Pimpinan,
            KkRecurrence.Weekly(DayOfWeek.Wednesday, new TimeOnly(9, 0), new DateOnly(2026, 1, 1)), Now);
    }

    public PantiProfile Panti { get; }

    public PantiSettings Settings => Panti.Settings;

    public Actor Pimpinan => Panti.ActorFor(PimpinanId);
    public Actor Sekretaris => Panti.ActorFor(SekretarisId);
    public Actor Peksos => Panti.ActorFor(PeksosId);
    public Actor Peksos2 => Panti.ActorFor(Peksos2Id);
    public Actor Psikolog => Panti.ActorFor(PsikologId);
    public Actor Medis => Panti.ActorFor(MedisId);
    public Actor Staf => Panti.ActorFor(StafId);
    public Actor Anggota => Panti.ActorFor(AnggotaId);
    public Actor Outsider => Panti.ActorFor(OutsiderId);

    /// <summary>The next scheduled regular KK: Wednesday 7 January 2026, 09:00 WIB.</summary>
    public DateTimeOffset NextKkStart => Settings.Schedule!.NextOccurrences(Now, Settings.TimeZone(), 1)[0];

    /// <summary>A planned regular KK with the full cast invited.</summary>
    public Conference PlannedConference(DateTimeOffset? start = null, DateTimeOffset? now = null)
    {
        var (kk, _) = Conference.PlanRegular(Guid.NewGuid(), Sekretaris, start ?? NextKkStart, Settings, now ?? Now);
        kk.Invite(Sekretaris, Pimpinan, Capacity.PersonInCharge, Now);
        kk.Invite(Sekretaris, Sekretaris, Capacity.Secretary, Now);
        kk.Invite(Sekretaris, Peksos, Capacity.Organiser, Now);
        kk.Invite(Sekretaris, Peksos2, Capacity.Organiser, Now);
        kk.Invite(Sekretaris, Psikolog, Capacity.Organiser, Now);
        kk.Invite(Sekretaris, Medis, Capacity.Organiser, Now);
        kk.Invite(Sekretaris, Anggota, Capacity.Member, Now);
        return kk;
    }

    /// <summary>Submits the item's summary and has every recipient acknowledge it well before the deadline.</summary>
    public void MakeReady(Conference kk, Guid itemId, DateTimeOffset? at = null)
    {
        var item = kk.FindItem(itemId);
        kk.SubmitCaseSummary(Panti.ActorFor(item.ResponsibleStaffId), itemId, "Ringkasan kasus.", at ?? Now);
        foreach (var recipient in kk.SummaryRecipients(item))
        {
            kk.AcknowledgeCaseSummary(Panti.ActorFor(recipient), itemId, at ?? Now);
        }
    }

    public void MarkPresent(Conference kk, params Guid[] staffIds)
    {
        foreach (var id in staffIds)
        {
            kk.RecordAttendance(Sekretaris, id, AttendanceMode.Present, null, Now);
        }
    }

    /// <summary>
    /// Opens the KK at its start with pimpinan, secretary and the three disciplines present; the peksos chairs.
    /// </summary>
    public void Open(Conference kk, params LateItemRuling[] rulings)
    {
        MarkPresent(kk, PimpinanId, SekretarisId, PeksosId, PsikologId, MedisId);
        kk.Open(Peksos, null, rulings, Settings.Policy, kk.Start);
    }

    /// <summary>A registered client who finished the diagnostic study, with Mbak Rina as responsible peksos.</summary>
    public Client ClientAwaitingPlacement(DateTimeOffset? at = null)
    {
        var t = at ?? Now.AddDays(-30);
        var (client, _) = Client.Open(Guid.NewGuid(), Peksos, "Slamet", "Pasar Senen", t);
        client.MoveTo(Peksos, ClientStage.Candidate, "Motivated; willing to enter the panti.", t);
        client.MoveTo(Peksos, ClientStage.InSelection, "Selection started.", t);
        client.MoveTo(Peksos, ClientStage.DefinitiveCandidate, "Criteria met.", t);
        client.Register(Staf, NewRegistration(), t);
        client.MoveTo(Peksos, ClientStage.Diagnostic, "Diagnostic study opened.", t);
        client.MoveTo(Peksos, ClientStage.AwaitingPlacementKk, "Aspect reports submitted.", t.AddDays(20));
        client.AssignPeksos(Pimpinan, Peksos, t);
        return client;
    }

    public static Registration NewRegistration() =>
        new("REG-2026-001", "PSBK-0042", "Slamet Riyadi", new DateOnly(1980, 3, 2), Sex.Male, "Jakarta Pusat",
            "Satpol PP Jakarta Pusat");

    public static List<FormulationItem> FirstFormulation() =>
    [
        new(1, "Bimbingan keterampilan las, 3x seminggu"),
        new(2, "Bimbingan mental spiritual, seminggu sekali"),
        new(3, "Konseling individu dengan peksos, tiap Jumat"),
    ];

    public static PlaceInProgramme Placement() =>
        new(new Hypothesis("Lost work after an injury", "No family support in Jakarta",
            "Vocational training and family tracing"), FirstFormulation());

    /// <summary>A decision as if a KK recorded it, for client-side rules.</summary>
    public static RecordedDecision Decided(Client client, Decision decision, DateTimeOffset at,
        Guid? conferenceId = null) =>
        new(1, conferenceId ?? Guid.NewGuid(), Guid.NewGuid(), client.Id, decision, SekretarisId, at);

    /// <summary>A client placed in the programme (Planning) by a KK at <paramref name="at"/>.</summary>
    public Client PlacedClient(DateTimeOffset? at = null)
    {
        var client = ClientAwaitingPlacement();
        client.ApplyDecision(Decided(client, Placement(), at ?? Now), at ?? Now);
        return client;
    }

    private void Register(Guid id, string name, StaffRole role) =>
        Panti.RegisterStaff(Pimpinan, new StaffMember(id, name, [role]), Now);
}
