using CaseConference.Contracts;
using CaseConference.Contracts.Clients;
using CaseConference.Contracts.Conferences;
using CaseConference.Contracts.ForceMajeure;
using CaseConference.Contracts.Panti;
using CaseConference.Contracts.Reviews;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using CaseConference.Domain.ForceMajeure;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Reviews;
using CaseConference.Domain.Staff;

namespace CaseConference.Cluster.Tests;

/// <summary>
/// One panti founded by <see cref="ClusterWorld.FoundPantiAsync"/>: its staff as callers, its
/// grains, and the steps staff take through the API (a client to placement, a KK from agenda to
/// close). Staff ids are fresh per panti, so two panti share nothing.
/// </summary>
public sealed class TestPanti(ClusterWorld world, Guid id)
{
    /// <summary>KK5: every Wednesday at 09:00, Jakarta time.</summary>
    public static readonly KkRecurrence WeeklyOnWednesday = KkRecurrence.Weekly(DayOfWeek.Wednesday, new TimeOnly(9, 0),
        new DateOnly(2026, 1, 1));

    public Guid Id => id;

    public Guid PimpinanId { get; } = Guid.NewGuid();
    public Guid SekretarisId { get; } = Guid.NewGuid();
    public Guid PeksosId { get; } = Guid.NewGuid();
    public Guid Peksos2Id { get; } = Guid.NewGuid();
    public Guid PsikologId { get; } = Guid.NewGuid();
    public Guid MedisId { get; } = Guid.NewGuid();
    public Guid StafId { get; } = Guid.NewGuid();
    public Guid AnggotaId { get; } = Guid.NewGuid();
    public Guid OutsiderId { get; } = Guid.NewGuid();

    public Caller Pimpinan => As(PimpinanId);
    public Caller Sekretaris => As(SekretarisId);
    public Caller Peksos => As(PeksosId);
    public Caller Peksos2 => As(Peksos2Id);
    public Caller Psikolog => As(PsikologId);
    public Caller Medis => As(MedisId);
    public Caller Staf => As(StafId);
    public Caller Outsider => As(OutsiderId);

    public IPantiGrain Grain => world.Client.GetGrain<IPantiGrain>(Id);

    public IReviewScheduleGrain Schedule => world.Client.GetGrain<IReviewScheduleGrain>(Id);

    public Caller As(Guid staffId) => new(Id, staffId);

    public IClientGrain Client(Guid clientId) => world.Client.GetGrain<IClientGrain>(clientId);

    public IConferenceGrain Conference(Guid conferenceId) => world.Client.GetGrain<IConferenceGrain>(conferenceId);

    public IForceMajeureGrain ForceMajeure(Guid forceMajeureId) =>
        world.Client.GetGrain<IForceMajeureGrain>(forceMajeureId);

    /// <summary>
    /// FM2: a postponement of the placed client's first item, proposed by the second peksos and
    /// consented by the peksos and the psikolog: the medis's consent would put it in force.
    /// </summary>
    public async Task<IForceMajeureGrain> ForceMajeureOneConsentShortAsync(Guid clientId)
    {
        var fm = ForceMajeure(Guid.NewGuid());
        await fm.Propose(Peksos2, clientId, 1, ForceMajeureKind.Postpone, null, "Klien dirawat di rumah sakit.");
        await fm.Consent(Peksos, "Keselamatan klien.");
        await fm.Consent(Psikolog, "Tidak mengganggu proses.");
        return fm;
    }

    public static List<FormulationItem> FirstFormulation() =>
    [
        new(1, "Bimbingan keterampilan las, 3x seminggu"),
        new(2, "Bimbingan mental spiritual, seminggu sekali"),
        new(3, "Konseling individu dengan peksos, tiap Jumat"),
    ];

    public static PlaceInProgramme Placement() =>
        new(new Hypothesis("Lost work after an injury", "No family support in Jakarta",
            "Vocational training and family tracing"), FirstFormulation());

    /// <summary>
    /// CL1: outreach, selection, registration and the diagnostic study; Mbak Rina is the responsible peksos.
    /// </summary>
    public async Task<Guid> NewClientAwaitingPlacementAsync(string name = "Slamet",
        string registerNumber = "REG-2026-001")
    {
        var client = Client(Guid.NewGuid());
        await client.Open(Peksos, name, "Pasar Senen");
        await client.MoveTo(Peksos, ClientStage.Candidate, "Motivated; willing to enter the panti.");
        await client.MoveTo(Peksos, ClientStage.InSelection, "Selection started.");
        await client.MoveTo(Peksos, ClientStage.DefinitiveCandidate, "Criteria met.");
        await client.Register(Staf, new Registration(
            registerNumber, $"PSBK-{registerNumber}", $"{name} Riyadi", new DateOnly(1980, 3, 2), Sex.Male,
                "Jakarta Pusat", "Satpol PP Jakarta Pusat"));
        await client.AssignPeksos(Pimpinan, PeksosId);
        await client.MoveTo(Peksos, ClientStage.Diagnostic, "Diagnostic study opened.");
        await client.MoveTo(Peksos, ClientStage.AwaitingPlacementKk, "Aspect reports submitted.");
        return client.GetPrimaryKey();
    }

    /// <summary>
    /// CL2: the client is placed by the next regular KK (agenda, ready summary, session, decision, close).
    /// </summary>
    public async Task<Guid> PlaceAsync(Guid clientId)
    {
        var kk = await NextRegularKkAsync();
        var item = (await Conference(kk).AddAgendaItem(Sekretaris, IfMatch.None, clientId, AgendaPurpose.Placement,
            "Placement after the diagnostic study.")).Value;
        await MakeReadyAsync(kk, item);
        await OpenAsync(kk);
        await DecideAsync(kk, item, Placement());
        await CloseAsync(kk);
        return kk;
    }

    /// <summary>Plans now and returns the first regular KK of the fixed schedule that has not started yet.</summary>
    public async Task<Guid> NextRegularKkAsync()
    {
        await Schedule.Replan();
        var view = await Schedule.View(Pimpinan);
        return view.Entries
            .Where(e => e.Kind == ScheduleEntryKind.Conference && e.ConferenceKind == ConferenceKind.Regular
                && e.SortKey > world.Now)
            .OrderBy(e => e.SortKey)
            .First().Id;
    }

    /// <summary>
    /// KK6: an urgent KK requested by the peksos, approved by the pimpinan, with the standing members invited.
    /// </summary>
    public async Task<Guid> PlanUrgentAsync(DateTimeOffset start, string reason, bool waivePreCirculation = true)
    {
        var kk = Conference(Guid.NewGuid());
        await kk.RequestUrgent(Peksos, start, reason);
        await kk.ApproveUrgent(Pimpinan, IfMatch.None, waivePreCirculation);
        await kk.Invite(Sekretaris, IfMatch.None, PimpinanId, Capacity.PersonInCharge);
        await kk.Invite(Sekretaris, IfMatch.None, SekretarisId, Capacity.Secretary);
        foreach (var member in new[] { PeksosId, Peksos2Id, PsikologId, MedisId })
        {
            await kk.Invite(Sekretaris, IfMatch.None, member, Capacity.Organiser);
        }

        return kk.GetPrimaryKey();
    }

    /// <summary>
    /// KK7: the planned KKs starting before <paramref name="until"/> are cancelled (holidays), so none is left stale.
    /// </summary>
    public async Task CancelPlannedKksBeforeAsync(DateTimeOffset until)
    {
        await Schedule.Replan();
        var view = await Schedule.View(Pimpinan);
        foreach (var kk in view.Entries.Where(e => e.Kind == ScheduleEntryKind.Conference && e.SortKey < until))
        {
            await Conference(kk.Id).Cancel(Pimpinan, IfMatch.None, "Libur.");
        }
    }

    public async Task<Conference> KkAsync(Guid conferenceId) =>
        (await Conference(conferenceId).Snapshot(Pimpinan)).Conference;

    /// <summary>KK4: the responsible staff submits the case summary and every recipient acknowledges it now.</summary>
    public async Task MakeReadyAsync(Guid conferenceId, Guid itemId)
    {
        var kk = await KkAsync(conferenceId);
        var item = kk.FindItem(itemId);
        await Conference(conferenceId).SubmitCaseSummary(As(item.ResponsibleStaffId), IfMatch.None, itemId,
            "Ringkasan kasus.");
        foreach (var recipient in kk.SummaryRecipients(item))
        {
            await Conference(conferenceId).AcknowledgeCaseSummary(As(recipient), IfMatch.None, itemId);
        }
    }

    /// <summary>
    /// KK8/KK2: at the KK's start, the secretary records pimpinan, secretary, peksos, psikolog and
    /// medis present, and the chair in turn opens; late items (KK4) proceed with exception.
    /// </summary>
    public async Task OpenAsync(Guid conferenceId)
    {
        var kk = await KkAsync(conferenceId);
        world.AdvanceTo(kk.Start);
        var conference = Conference(conferenceId);
        foreach (var staffId in new[] { PimpinanId, SekretarisId, PeksosId, PsikologId, MedisId })
        {
            await conference.RecordAttendance(Sekretaris, IfMatch.None, staffId, AttendanceMode.Present, null);
        }

        var policy = (await Grain.Settings()).Policy;
        var late = kk.Agenda.Where(a => kk.ReadinessOf(a.Id, policy, world.Now) == ItemReadiness.Late);
        await conference.Open(ChairInTurn(await Grain.LastChairDiscipline()), IfMatch.None,
            [.. late.Select(a => new LateItemRuling(a.Id, LateItemChoice.ProceedWithException))]);
    }

    /// <summary>
    /// KK9: the secretary records the decision; FM6: the pimpinan ratifies or cancels a force majeure.
    /// </summary>
    public Task DecideAsync(Guid conferenceId, Guid itemId, Decision decision) =>
        Conference(conferenceId).RecordDecision(decision is RatifyForceMajeure or CancelForceMajeure ? Pimpinan
            : Sekretaris, IfMatch.None, itemId, decision);

    public Task CloseAsync(Guid conferenceId) => Conference(conferenceId).Close(Sekretaris, IfMatch.None);

    /// <summary>
    /// KK2: the core member present (peksos, psikolog, medis) whose discipline is next in the rotation.
    /// </summary>
    public Caller ChairInTurn(Discipline? lastChair) =>
        ChairRotation.Next(lastChair, DisciplineExtensions.All) switch
        {
            Discipline.Peksos => Peksos,
            Discipline.Psikolog => Psikolog,
            _ => Medis,
        };
}
