namespace CaseConference.Gateway.Infrastructure;

/// <summary>A refusal the gateway itself decides, with its HTTP status and stable code.</summary>
public sealed class PreconditionException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;
}
