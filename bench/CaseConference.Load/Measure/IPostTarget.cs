namespace CaseConference.Load.Measure;

/// <summary>Where a post goes: a KK's minutes on the gateway, or a group on the bare server.</summary>
public interface IPostTarget
{
    /// <summary>How many feeds (KKs or groups) the posts are spread over.</summary>
    int Feeds { get; }

    /// <summary>Posts the text to the feed; null when acknowledged, else what went wrong.</summary>
    Task<string?> PostAsync(int feed, string text);
}
