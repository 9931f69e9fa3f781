using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Conferences;

public sealed partial class Conference
{
    /// <summary>KK1: invite someone in a capacity their roles allow.</summary>
    public ParticipantInvited Invite(Actor actor, Actor invitee, Capacity capacity, DateTimeOffset now)
    {
        RequireOrganiserRole(actor);
        RequireState(ConferenceState.Planned);
        Require.That(Participants.All(p => p.StaffId != invitee.StaffId), () => DomainException.Conflict(
            "already_participant", $"{invitee.Name} is already a participant."));
        Require.That(Fits(invitee, capacity), () => DomainException.Invalid(
            "capacity_not_held", $"{invitee.Name} cannot take part as {capacity}."));
        Require.That(capacity != Capacity.Secretary || SecretaryId is null, () => DomainException.Conflict(
            "secretary_exists", "The KK already has a secretary; name a deputy instead."));

        var participant = new Participant(invitee.StaffId, invitee.Name, capacity,
            capacity == Capacity.Organiser ? invitee.CoreDiscipline : null);
        Participants.Add(participant);
        return new ParticipantInvited(Id, participant, actor.StaffId, now);
    }

    /// <summary>KK3: a deputy named for this session may keep the minutes.</summary>
    public DeputySecretaryNamed NameDeputySecretary(Actor actor, Guid deputyId, DateTimeOffset now)
    {
        Require.That(actor.IsPimpinan || actor.StaffId == SecretaryId, () => DomainException.Forbidden(
            "deputy_by_pimpinan_or_secretary", "The pimpinan or the secretary names a deputy."));
        RequireState(ConferenceState.Planned, ConferenceState.InSession);
        Require.That(Participants.Any(p => p.StaffId == deputyId), () => DomainException.NotFound(
            "participant_not_found", "The deputy must be a participant of this KK."));
        DeputySecretaryId = deputyId;
        return new DeputySecretaryNamed(Id, deputyId, actor.StaffId, now);
    }

    /// <summary>
    /// KK8: present, delegate (name), written input (text) or absent (reason), recorded by the secretary or the
    /// participant.
    /// </summary>
    public AttendanceRecorded RecordAttendance(Actor actor, Guid staffId, AttendanceMode mode,
        string? detail, DateTimeOffset now)
    {
        RequireAttendance(actor, staffId, mode, detail);
        var record = new AttendanceRecord(staffId, mode,
            mode == AttendanceMode.Present ? null : detail, actor.StaffId, now);
        Attendance.RemoveAll(a => a.StaffId == staffId);
        Attendance.Add(record);
        return new AttendanceRecorded(Id, record);
    }

    /// <summary>
    /// KK8: attendance for many people in one change, all or nothing: every entry is checked before
    /// any is applied, and a refusal names the entry (<c>entries[i]</c>) it is about.
    /// </summary>
    public IReadOnlyList<AttendanceRecorded> RecordAttendance(Actor actor,
        IReadOnlyList<AttendanceEntry> entries, DateTimeOffset now)
    {
        Require.That(entries.Count > 0, () =>
            DomainException.Invalid("attendance_entries_required", "Name at least one person."));
        var duplicate = entries.Select((e, i) => (e, i))
            .FirstOrDefault(x => entries.Take(x.i).Any(e => e.StaffId == x.e.StaffId));
        Require.That(duplicate.e is null, () => DomainException.Invalid(
            "attendance_entry_duplicate", $"entries[{duplicate.i}]: that person appears twice."));
        for (var i = 0; i < entries.Count; i++)
        {
            try
            {
                RequireAttendance(actor, entries[i].StaffId, entries[i].Mode, entries[i].Detail);
            }
            catch (DomainException refused)
            {
                throw new DomainException(refused.Kind, refused.Code, $"entries[{i}]: {refused.Message}");
            }
        }

        return [.. entries.Select(e => RecordAttendance(actor, e.StaffId, e.Mode, e.Detail, now))];
    }

    public bool IsPresent(Guid staffId) =>
        Attendance.Any(a => a.StaffId == staffId && a.Mode == AttendanceMode.Present);

    /// <summary>
    /// CL6: participants may read a client's case record while the client is on this open KK's agenda.
    /// </summary>
    public bool GrantsCaseRecordRead(Guid staffId, Guid clientId) =>
        State is ConferenceState.Planned or ConferenceState.InSession
        && Participants.Any(p => p.StaffId == staffId)
        && Agenda.Any(a => a.ClientId == clientId);

    private void RequireAttendance(Actor actor, Guid staffId, AttendanceMode mode, string? detail)
    {
        Require.That(IsSecretaryOrDeputy(actor) || actor.StaffId == staffId, () => DomainException.Forbidden(
            "attendance_by_secretary", "Attendance is recorded by the secretary, the deputy or the participant."));
        RequireState(ConferenceState.Planned, ConferenceState.InSession);
        Require.That(Participants.Any(p => p.StaffId == staffId), () => DomainException.NotFound(
            "participant_not_found", "That person is not a participant of this KK."));
        Require.That(mode == AttendanceMode.Present || !string.IsNullOrWhiteSpace(detail), () =>
            DomainException.Invalid(
            "attendance_detail_required", mode switch
            {
                AttendanceMode.Delegate => "A delegate needs a name.",
                AttendanceMode.WrittenInput => "Written input needs its text.",
                _ => "An absence needs a reason.",
            }));
    }

    private static bool Fits(Actor invitee, Capacity capacity) => capacity switch
    {
        Capacity.PersonInCharge => invitee.IsPimpinan,
        Capacity.Organiser => invitee.IsCoreMember,
        Capacity.Secretary => invitee.IsSekretaris,
        Capacity.Member => invitee.Has(StaffRole.Anggota) || invitee.Has(StaffRole.Peksos)
            || invitee.Has(StaffRole.Psikolog) || invitee.Has(StaffRole.Medis),
        _ => true,
    };
}
