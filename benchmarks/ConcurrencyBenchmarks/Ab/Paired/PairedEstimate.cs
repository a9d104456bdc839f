using ConcurrencyBenchmarks.RunReporting.Interleaving;
using Perfolizer.Mathematics.ScaleEstimators;
using Pragmastat;

namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>
/// The change of one case from its pairs: the median of the per-pair log-ratios head/base with its confidence
/// interval, as the suite's interleaved visits estimate a speed-up (<see cref="RatioInterval"/>), and the per-pair
/// noise (robust SD of the log-ratios, from the median absolute deviation).
/// </summary>
public sealed record PairedEstimate(int Pairs, double Ratio, double Lower, double Upper, double Noise)
{
    /// <summary>Fewer pairs than this give no interval worth the name.</summary>
    public const int MinimumPairs = RatioInterval.MinimumCount;

    public static PairedEstimate From(IReadOnlyList<double> logRatios, double level)
    {
        if (logRatios.Count < MinimumPairs)
            return new PairedEstimate(logRatios.Count, double.NaN, 0, double.PositiveInfinity, double.NaN);
        var interval = RatioInterval.From(logRatios, level)!;
        var noise = MedianAbsoluteDeviationEstimator.Simple.Mad(new Sample([.. logRatios]));
        return new PairedEstimate(logRatios.Count, interval.Ratio, interval.Lower, interval.Upper, noise);
    }

    /// <summary>Slower or Faster when the whole interval lies beyond ±threshold, Same when inside it, Unsure otherwise.</summary>
    public PairedVerdict Verdict(double threshold)
    {
        var up = 1 + threshold;
        var down = 1 / (1 + threshold); // symmetric in log: 2% slower and 2% faster are the same distance from 1
        return Lower > up ? PairedVerdict.Slower
            : Upper < down ? PairedVerdict.Faster
            : Lower >= down && Upper <= up ? PairedVerdict.Same
            : PairedVerdict.Unsure;
    }

    /// <summary>Whether more pairs could still change the verdict: it is Unsure.</summary>
    public bool Decided(double threshold) => Pairs >= MinimumPairs && Verdict(threshold) != PairedVerdict.Unsure;
}
