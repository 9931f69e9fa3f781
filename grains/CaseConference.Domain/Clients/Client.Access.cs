using CaseConference.Domain.Staff;

namespace CaseConference.Domain.Clients;

public sealed partial class Client
{
    /// <summary>
    /// CL6: case records are confidential. Readers: the responsible peksos, the core team, the
    /// pimpinan, the secretary, and participants of a KK while this client is on its agenda (the
    /// caller passes <paramref name="participantOfOpenConference"/> from
    /// <c>Conference.GrantsCaseRecordRead</c>). Everyone else is refused. The returned event is the
    /// audit-log line the grain must append.
    /// </summary>
    public CaseRecordRead AuthorizeRead(Actor reader, bool participantOfOpenConference, DateTimeOffset now) =>
        ReadBasisFor(reader, participantOfOpenConference) is { } allowed
            ? new CaseRecordRead(Id, reader.StaffId, allowed, now)
            : throw Confidential();

    /// <summary>
    /// CL6 without refusing: why this reader may read the case record, or null when they may not.
    /// The same answer decides whether case content shown elsewhere (a KK, a force majeure) is shown.
    /// </summary>
    public ReadBasis? ReadBasisFor(Actor reader, bool participantOfOpenConference) =>
        reader.StaffId == ResponsiblePeksosId ? ReadBasis.ResponsiblePeksos
        : reader.IsCoreMember ? ReadBasis.CoreTeam
        : reader.IsPimpinan ? ReadBasis.Pimpinan
        : reader.IsSekretaris ? ReadBasis.Sekretaris
        : participantOfOpenConference ? ReadBasis.ConferenceParticipant
        : null;

    /// <summary>
    /// CL6 for every client at once: the core team, the pimpinan and the secretary read any case
    /// record, so a list may show them which client a row is about without asking each client.
    /// </summary>
    public static bool ReadsEveryCaseRecord(Actor reader) =>
        reader.IsCoreMember || reader.IsPimpinan || reader.IsSekretaris;

    /// <summary>CL6: the refusal every path answers a reader the rule does not allow.</summary>
    public static DomainException Confidential() =>
        DomainException.Forbidden(ConfidentialCode, "This case record is confidential.");

    public const string ConfidentialCode = "case_record_confidential";

    /// <summary>RV1: review due date (local date in the panti zone), or null when the stage has no clock.</summary>
    public DateOnly? ReviewDueOn(TimeZoneInfo zone) =>
        StageTransitions.HasReviewClock(Stage) && LastReviewedAt is { } last
            ? Domain.Reviews.ReviewClock.DueOn(last, zone)
            : null;
}
