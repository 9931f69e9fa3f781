using CaseConference.Silo;

var builder = Host.CreateApplicationBuilder(args);
await SiloStartup.MigrateAsync(builder.Configuration);
if (args.Contains("--migrate-only"))
{
    return;
}

builder.AddCaseConferenceSilo();
await builder.Build().RunAsync();
