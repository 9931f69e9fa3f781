using CaseConference.Gateway;
using CaseConference.Gateway.Commands;

if (OperatorCommands.Handles(args))
{
    return await OperatorCommands.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCaseConferenceGateway();

var app = builder.Build();
app.MapCaseConferenceGateway();
app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
