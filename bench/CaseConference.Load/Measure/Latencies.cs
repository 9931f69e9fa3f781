using System.Diagnostics;

namespace CaseConference.Load.Measure;

/// <summary>Latencies in milliseconds, safe to add to from many threads.</summary>
public sealed class Latencies
{
    private readonly List<double> values = [];

    public int Count
    {
        get
        {
            lock (values)
            {
                return values.Count;
            }
        }
    }

    public static double Since(long timestamp) => Stopwatch.GetElapsedTime(timestamp).TotalMilliseconds;

    public void Add(double milliseconds)
    {
        lock (values)
        {
            values.Add(milliseconds);
        }
    }

    /// <summary>Nearest-rank percentile (0-100); NaN when empty.</summary>
    public double Percentile(double p)
    {
        lock (values)
        {
            if (values.Count == 0)
            {
                return double.NaN;
            }

            var sorted = values.Order().ToList();
            var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
        }
    }

    public double P50 => Percentile(50);

    public double P99 => Percentile(99);

    public override string ToString() => $"p50 {Ms(P50)} / p99 {Ms(P99)}";

    public static string Ms(double ms) =>
        double.IsNaN(ms) ? "n/a" : ms < 10 ? $"{ms:0.00} ms" : ms < 100 ? $"{ms:0.0} ms" : $"{ms:0} ms";
}
