namespace CaseConference.Contracts;

/// <summary>What a change answers besides its result: the version it left the resource at.</summary>
[GenerateSerializer, Immutable]
public sealed record Versioned<T>([property: Id(0)] T Value, [property: Id(1)] long Version);
