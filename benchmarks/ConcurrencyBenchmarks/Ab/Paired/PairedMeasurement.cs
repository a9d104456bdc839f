namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>
/// One pair: the base and the head of one case invoked back to back on the same CPUs, in the order given (AB or
/// BA, alternating). Times in nanoseconds; starts and ends on the machine's monotonic clock, in nanoseconds, so the
/// two sides can be shown never to overlap.
/// </summary>
public sealed record PairedMeasurement(
    int Pass, int Slot, bool BaseFirst, string Cpus, double BaseNanoseconds, double HeadNanoseconds,
    double BaseStart, double BaseEnd, double HeadStart, double HeadEnd)
{
    /// <summary>ln(head/base): 0 for no change, +0.03 for about 3% slower.</summary>
    public double LogRatio => Math.Log(HeadNanoseconds / BaseNanoseconds);
}
