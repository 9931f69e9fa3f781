namespace CaseConference.Gateway.Web;

/// <summary>Where the built browser app (web/dist) lives; relative paths are taken from the content root.</summary>
public sealed class WebAppOptions
{
    public const string SectionName = "Web";

    public string Root { get; set; } = "../web/dist";
}
