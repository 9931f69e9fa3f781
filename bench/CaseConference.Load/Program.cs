using System.Runtime.InteropServices;
using CaseConference.Load;
using CaseConference.Load.Bare;

if (args is ["bare-server", var url, var connectionString])
{
    return await BareServer.RunAsync(url, connectionString);
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
// Ctrl+C and SIGTERM end the run through its cleanup: every process it started and the database go.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
{
    c.Cancel = true;
    stop.Cancel();
});
return await LoadTool.RunAsync(options, stop.Token);
