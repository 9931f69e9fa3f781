namespace CaseConference.Load;

/// <summary>
/// Each figure beside its floor (and its goal, where issue 9 sets one), printed as it is measured and again at the end.
/// </summary>
public sealed class Report
{
    private readonly List<string> lines = [];

    public void Section(string title) => Add($"\n== {title}");

    /// <summary>One figure: what, measured, what it is compared with, and the verdict against a goal.</summary>
    public void Figure(string what, string measured, string beside = "", bool? meetsGoal = null)
    {
        var verdict = meetsGoal switch { true => "  [goal met]", false => "  [goal MISSED]", null => "" };
        Add($"  {what,-46} {measured,-34} {beside}{verdict}");
    }

    public void Note(string note) => Add($"  ({note})");

    public void PrintAll()
    {
        Console.WriteLine("\n==================== summary ====================");
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
    }

    private void Add(string line)
    {
        lines.Add(line);
        Console.WriteLine(line);
    }
}
