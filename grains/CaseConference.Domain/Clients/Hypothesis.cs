namespace CaseConference.Domain.Clients;

/// <summary>
/// Formulasi hipotesa from the placement KK (CL2): why the client is in difficulty, the
/// source or cause, and how best to help.
/// </summary>
public sealed record Hypothesis(string WhyInDifficulty, string Cause, string HowToHelp)
{
    public void Validate()
    {
        Require.Text(WhyInDifficulty, "hypothesis_incomplete", "Why the client is in difficulty");
        Require.Text(Cause, "hypothesis_incomplete", "The cause");
        Require.Text(HowToHelp, "hypothesis_incomplete", "How to help");
    }
}
