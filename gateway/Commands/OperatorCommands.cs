namespace CaseConference.Gateway.Commands;

/// <summary>
/// <c>dotnet CaseConference.Gateway.dll seed-demo</c> and <c>create-admin --panti-name … --panti-code … --user …
/// --password …</c>: operator commands that talk to the cluster as the gateway does (same
/// configuration), then exit. They are not API calls: founding a panti has no caller yet.
/// </summary>
public static class OperatorCommands
{
    public static bool Handles(string[] args) => args.Length > 0 && args[0] is "seed-demo" or "create-admin";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args[1..]);
        // An operator reads the command's own lines, not the client's start-up chatter.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client => client.UseCaseConferenceCluster(builder.Configuration));
        using var host = builder.Build();
        await host.StartAsync();
        var cluster = host.Services.GetRequiredService<IClusterClient>();
        try
        {
            return args[0] == "seed-demo"
                ? await DemoSeed.RunAsync(cluster, Console.Out)
                : await CreateAdmin.RunAsync(cluster, Options(args[1..]), Console.Out);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        return options;
    }
}
