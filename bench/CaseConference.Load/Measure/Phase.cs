namespace CaseConference.Load.Measure;

/// <summary>
/// One measured stretch: the acks of its posts, every delivery of them to every listener, its failures.
/// </summary>
public sealed class Phase(string name, int listenersPerPost)
{
    private int errors;
    private int delivered;

    public string Name => name;

    public Latencies Acks { get; } = new();

    public Latencies Deliveries { get; } = new();

    public int Errors => errors;

    public int Delivered => delivered;

    public int ExpectedDeliveries => Acks.Count * listenersPerPost;

    public List<string> ErrorSamples { get; } = [];

    public void Error(string what)
    {
        if (Interlocked.Increment(ref errors) <= 3)
        {
            lock (ErrorSamples)
            {
                ErrorSamples.Add(what);
            }
        }
    }

    public void Delivery(double milliseconds)
    {
        Interlocked.Increment(ref delivered);
        Deliveries.Add(milliseconds);
    }

    /// <summary>
    /// Waits (with a deadline) for every acknowledged post to reach every listener; what is missing then counts as
    /// errors.
    /// </summary>
    public async Task DrainAsync(TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (Delivered < ExpectedDeliveries && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var missing = ExpectedDeliveries - Delivered;
        if (missing > 0)
        {
            Error($"{missing} deliveries missing {patience.TotalSeconds:0} s after the last ack");
        }
    }
}
