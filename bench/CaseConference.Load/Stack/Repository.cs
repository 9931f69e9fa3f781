namespace CaseConference.Load.Stack;

/// <summary>Where the repository and its Release build are, found from the tool's own folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Dll(string project, string name)
    {
        var path = Path.Combine(Root, project, "bin", "Release", "net10.0", name);
        return File.Exists(path) ? path
            : throw new InvalidOperationException($"{path} is missing: dotnet build CaseConference.sln -c Release");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseConference.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CaseConference.sln not found above " + AppContext.BaseDirectory);
    }
}
