using CaseConference.Gateway;

var builder = WebApplication.CreateBuilder(args);
builder.AddCaseConferenceGateway();

var app = builder.Build();
app.MapCaseConferenceGateway();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
