using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Clients;

/// <summary>
/// A client's case file (file induk and file pelayanan): registration, stage (CL1), responsible
/// peksos, hypothesis and formulation (CL2, CL3), force-majeure overlays (FM4), review clock (RV1)
/// and the append-only chronology. Behaviour is split over the Client.*.cs files by concern.
/// </summary>
public sealed partial class Client
{
    /// <summary>CL4: the diagnostic study usually takes no more than four weeks; past that it is flagged.</summary>
    public static readonly TimeSpan DiagnosticLimit = TimeSpan.FromDays(28);

    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public Registration? Registration { get; set; }

    public ClientStage Stage { get; set; } = ClientStage.Prospect;

    public TerminationReason? TerminationReason { get; set; }

    public Guid? ResponsiblePeksosId { get; set; }

    public Hypothesis? Hypothesis { get; set; }

    public Formulation Formulation { get; set; } = new();

    public List<FormulationOverlay> Overlays { get; set; } = [];

    public List<ChronologyEntry> Chronology { get; set; } = [];

    public DateTimeOffset? DiagnosticStartedAt { get; set; }

    /// <summary>When a KK last decided on the client (anything but Defer), and which KK (RV1).</summary>
    public DateTimeOffset? LastReviewedAt { get; set; }

    public Guid? LastReviewConferenceId { get; set; }

    /// <summary>C1: a person reached by outreach becomes a prospect.</summary>
    public static (Client Client, ClientOpened Event) Open(Guid id, Actor actor, string name,
        string where, DateTimeOffset now)
    {
        Require.That(actor.Has(StaffRole.Peksos) || actor.IsCoreMember || actor.IsPimpinan, () =>
            DomainException.Forbidden(
            "outreach_by_peksos", "Outreach is recorded by a peksos, a core member or the pimpinan."));
        Require.Text(name, "name_required", "The name");
        Require.Text(where, "outreach_location_required", "Where the person was reached");
        var client = new Client { Id = id, Name = name };
        client.Note(new(0, now, actor.StaffId, ChronologyKind.Opened,
            where) { Fact = ChronologyFact.ReachedByOutreach });
        return (client, new ClientOpened(id, name, actor.StaffId, now));
    }

    public ClientRegistered Register(Actor actor, Registration registration, DateTimeOffset now)
    {
        RequireRegistrar(actor);
        Require.That(Stage == ClientStage.DefinitiveCandidate, () => DomainException.Conflict(
            "transition_not_allowed", $"Only a definitive candidate can be registered; the client is {Stage}."));
        registration.Validate(DateOnly.FromDateTime(now.UtcDateTime));

        Registration = registration;
        Name = registration.FullName;
        ChangeStage(ClientStage.Registered, ChronologyFact.Registered, "", actor.StaffId, now, null);
        return new ClientRegistered(Id, registration.RegisterNumber,
            registration.ClientMasterNumber, actor.StaffId, now);
    }

    /// <summary>
    /// CL1: whoever may register a client corrects its buku induk entry; each changed field is one
    /// chronology line (who, when, field, before, after). Nothing changed, nothing is written.
    /// </summary>
    public IReadOnlyList<ChronologyEntry> CorrectRegistration(Actor actor,
        RegistrationCorrection correction, DateTimeOffset now)
    {
        RequireRegistrar(actor);
        var current = Registration ?? throw DomainException.Conflict(
            "not_registered", "The client is not in the buku induk yet; register them first.");
        var corrected = correction.ApplyTo(current);
        corrected.Validate(DateOnly.FromDateTime(now.UtcDateTime));

        Registration = corrected;
        Name = corrected.FullName;
        return [.. RegistrationCorrection.Differences(current, corrected).Select(d => Note(
            new(0, now, actor.StaffId, ChronologyKind.RegistrationCorrected, correction.Reason ?? "")
            {
                Fact = ChronologyFact.RegistrationCorrected, Field = d.Field, Before = d.Before, After = d.After,
            }))];
    }

    public ResponsiblePeksosAssigned AssignPeksos(Actor actor, Actor peksos, DateTimeOffset now)
    {
        Require.That(actor.IsPimpinan || actor.IsCoreMember, () => DomainException.Forbidden(
            "assign_by_pimpinan_or_core", "The pimpinan or a core member assigns the responsible peksos."));
        Require.That(peksos.Has(StaffRole.Peksos), () => DomainException.Invalid(
            "not_a_peksos", $"{peksos.Name} is not a peksos."));
        Require.That(Stage is not (ClientStage.Closed or ClientStage.NotAccepted), () => DomainException.Conflict(
            "case_closed", "The case is closed."));

        var previous = ResponsiblePeksosId;
        ResponsiblePeksosId = peksos.StaffId;
        Note(new(0, now, actor.StaffId, ChronologyKind.PeksosAssigned,
            peksos.Name) { Fact = ChronologyFact.PeksosAssigned, StaffId = peksos.StaffId });
        return new ResponsiblePeksosAssigned(Id, peksos.StaffId, previous, actor.StaffId, now);
    }

    private static void RequireRegistrar(Actor actor) => Require.That(IsRegistrar(actor),
        () => DomainException.Forbidden("registration_by_administration",
            "Registration is done by Tata Usaha (Staf), the secretary or the pimpinan."));

    private static bool IsRegistrar(Actor actor) => actor.Has(StaffRole.Staf) || actor.IsSekretaris || actor.IsPimpinan;

    /// <summary>Appends a chronology line, numbering it.</summary>
    private ChronologyEntry Note(ChronologyEntry entry)
    {
        var numbered = entry with { Number = Chronology.Count + 1 };
        Chronology.Add(numbered);
        return numbered;
    }
}
