using System.Globalization;
using CaseConference.Contracts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Clients;
using CaseConference.Gateway.Infrastructure;
using CaseConference.Storage;
using Mediator;

namespace CaseConference.Gateway.Features.Clients;

/// <summary>
/// Issue 10: the client list as CSV for reporting to the Dinas Sosial, with the list's search and
/// filters, every matching row (no paging). It leaves the product, so CL6 decides which rows a
/// caller may take away (those whose case record they read: everything for the core team, the
/// pimpinan and the secretary, their own clients for a responsible peksos) and the export is one
/// line in the audit log with who, when, the filters and how many rows.
/// </summary>
public sealed record ExportClients(Caller Caller, ClientQuery Query) : IRequest<byte[]>, IValidated
{
    public void Validate(Checks checks) => Query.Validate(checks);
}

public sealed class ExportClientsHandler(IClusterClient cluster, TimeProvider clock, IAuditLog audit)
    : IRequestHandler<ExportClients, byte[]>
{
    public async ValueTask<byte[]> Handle(ExportClients request, CancellationToken cancellationToken)
    {
        var caller = request.Caller;
        var actor = await cluster.GetGrain<IPantiGrain>(caller.PantiId).ActorFor(caller.StaffId);
        var everyRecord = Client.ReadsEveryCaseRecord(actor);
        var rows = request.Query.Apply(await ClientRoster.ReadAsync(cluster, clock, caller))
            .Where(r => everyRecord || r.PeksosId == caller.StaffId)
            .ToList();
        await audit.AppendAsync(
            new AuditEntry(caller.PantiId, caller.StaffId, AuditActions.ClientListExported, caller.PantiId,
                Describe(request.Query, rows.Count), clock.GetUtcNow()),
            cancellationToken);
        return ClientCsv.Write(rows);
    }

    private static string Describe(ClientQuery q, int count)
    {
        var filters = new[] { ("search", q.Search), ("stage", q.Stage),
            ("peksosId", q.PeksosId?.ToString()), ("review", q.Review) }
            .Where(f => !string.IsNullOrWhiteSpace(f.Item2))
            .Select(f => $"{f.Item1}={f.Item2}");
        return string.Create(CultureInfo.InvariantCulture,
            $"{count} rows; {string.Join(", ", filters.DefaultIfEmpty("no filter"))}");
    }
}

/// <summary>
/// The client list's rows for the Dinas Sosial's spreadsheets: Indonesian headers and stage words,
/// written by <see cref="CsvText"/> (the same file rules as the review schedule's export).
/// </summary>
public static class ClientCsv
{
    private static readonly Dictionary<ClientStage, string> Stages = new()
    {
        [ClientStage.Prospect] = "Dijangkau",
        [ClientStage.Candidate] = "Calon klien",
        [ClientStage.InSelection] = "Seleksi",
        [ClientStage.NotAccepted] = "Tidak dapat diterima",
        [ClientStage.DefinitiveCandidate] = "Calon klien definitif",
        [ClientStage.Registered] = "Terdaftar di buku induk",
        [ClientStage.Diagnostic] = "Studi diagnostik",
        [ClientStage.AwaitingPlacementKk] = "Menunggu KK penempatan",
        [ClientStage.Planning] = "Perencanaan",
        [ClientStage.InGuidance] = "Bimbingan dan pembinaan",
        [ClientStage.Resocialisation] = "Resosialisasi",
        [ClientStage.Aftercare] = "Bimbingan lanjut",
        [ClientStage.Terminated] = "Terminasi",
        [ClientStage.Closed] = "Kasus ditutup",
    };

    private static readonly string[] Headers =
        ["No", "Nama", "Nomor register", "Tahap", "Peksos penanggung jawab",
            "Jatuh tempo tinjauan triwulanan", "Status tinjauan"];

    public static byte[] Write(IReadOnlyList<ListClients.Item> rows)
    {
        var csv = new CsvText().Row(Headers);
        foreach (var (row, index) in rows.Select((r, i) => (r, i + 1)))
        {
            csv.Row(
                index.ToString(CultureInfo.InvariantCulture), row.Name, row.RegisterNumber,
                    Stages[row.Stage], row.PeksosName,
                row.ReviewDueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Review(row.ReviewStatus));
        }

        return csv.ToBytes();
    }

    private static string Review(Domain.Reviews.ReviewStatus? status) => status switch
    {
        Domain.Reviews.ReviewStatus.Ok => "tepat waktu",
        Domain.Reviews.ReviewStatus.DueSoon => "segera jatuh tempo",
        Domain.Reviews.ReviewStatus.Overdue => "terlambat",
        _ => "belum dijadwalkan",
    };
}
