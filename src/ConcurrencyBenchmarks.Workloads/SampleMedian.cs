namespace ConcurrencyBenchmarks.Workloads;

/// <summary>The middle value of a sample, or the mean of the two middle ones (Workloads has no Perfolizer: the worker is compiled ahead of time).</summary>
internal static class SampleMedian
{
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
