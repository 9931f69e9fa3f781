using CaseConference.Contracts;
using CaseConference.Domain;
using CaseConference.Domain.Clients;
using CaseConference.Domain.Conferences;
using Npgsql;
using Shouldly;

namespace CaseConference.Cluster.Tests.Clients;

/// <summary>
/// CL6 through the grains: who may read a case record, and the audit log in PostgreSQL nobody can edit.
/// </summary>
public sealed class CaseRecordAuditTests : IAsyncLifetime
{
    private ClusterWorld world = null!;

    public async Task InitializeAsync() => world = await ClusterWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task CL6_every_case_record_read_and_every_refusal_is_in_the_audit_log()
    {
        var panti = await world.FoundPantiAsync("PSBK Pangudi Luhur");
        var clientId = await panti.NewClientAwaitingPlacementAsync();
        var client = panti.Client(clientId);
        var openedBy = await AuditRows(clientId); // reads made while the helper moved the client along
        var readAt = world.Now;

        await GrainRefusal.Of(RefusalKind.Forbidden, () => client.Read(panti.Outsider));
        await GrainRefusal.Of(RefusalKind.Forbidden, () => client.Read(panti.As(panti.AnggotaId)));
        var allowed = new (Guid StaffId, ReadBasis Basis)[]
        {
            (panti.PeksosId, ReadBasis.ResponsiblePeksos), (panti.PsikologId, ReadBasis.CoreTeam),
            (panti.PimpinanId, ReadBasis.Pimpinan), (panti.SekretarisId, ReadBasis.Sekretaris),
        };
        foreach (var (staffId, _) in allowed)
        {
            (await client.Read(panti.As(staffId))).Client.Id.ShouldBe(clientId);
        }

        // A participant of a KK may read while the client is on its agenda, and only then.
        var kk = await panti.NextRegularKkAsync();
        await panti.Conference(kk).AddAgendaItem(panti.Sekretaris, IfMatch.None, clientId, AgendaPurpose.Placement,
            null);
        await panti.Conference(kk).Invite(panti.Sekretaris, IfMatch.None, panti.OutsiderId, Capacity.InvitedStaff);
        (await client.Read(panti.Outsider)).Client.Id.ShouldBe(clientId);
        await panti.Conference(kk).Cancel(panti.Pimpinan, IfMatch.None, "The hall is being repaired.");
        await GrainRefusal.Of(RefusalKind.Forbidden, () => client.Read(panti.Outsider));

        var rows = (await AuditRows(clientId)).Skip(openedBy.Count).ToList();
        rows.ShouldBe([
            Refused(panti.OutsiderId), Refused(panti.AnggotaId),
            .. allowed.Select(a => new AuditRow(panti.Id, a.StaffId, "case_record.read", a.Basis.ToString(), readAt)),
            new AuditRow(panti.Id, panti.OutsiderId, "case_record.read", nameof(ReadBasis.ConferenceParticipant),
                readAt),
            Refused(panti.OutsiderId)]);

        foreach (var edit in new[]
        {
            "UPDATE audit_log SET detail = 'nothing to see' WHERE subject_id = $1",
            "DELETE FROM audit_log WHERE subject_id = $1",
            "TRUNCATE audit_log",
        })
        {
            await Should.ThrowAsync<PostgresException>(() => Execute(edit, clientId), edit);
        }

        (await AuditRows(clientId)).Skip(openedBy.Count).ShouldBe(rows);

        AuditRow Refused(Guid staffId) =>
            new(panti.Id, staffId, "case_record.refused", "case_record_confidential", readAt);
    }

    private sealed record AuditRow(Guid PantiId, Guid StaffId, string Action, string Detail, DateTimeOffset At);

    private async Task<List<AuditRow>> AuditRows(Guid clientId)
    {
        await using var connection = await world.Cluster.Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT panti_id, staff_id, action, detail, at FROM audit_log WHERE subject_id = $1 ORDER BY id",
                connection);
        command.Parameters.AddWithValue(clientId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<AuditRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new AuditRow(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return rows;
    }

    private async Task Execute(string sql, Guid clientId)
    {
        await using var connection = await world.Cluster.Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (sql.Contains("$1", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue(clientId);
        }

        await command.ExecuteNonQueryAsync();
    }
}
