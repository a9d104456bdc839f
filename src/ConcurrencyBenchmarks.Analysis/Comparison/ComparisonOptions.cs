using System.Text.RegularExpressions;
using Perfolizer.Horology;
using Perfolizer.Metrology;
using Pragmastat;

namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>How two result sets are compared.</summary>
/// <param name="Threshold">The smallest change that matters, e.g. 5%: smaller shifts are Same.</param>
/// <param name="NoiseNanoseconds">An absolute difference of medians below which nothing counts.</param>
/// <param name="Filters">Globs over the benchmarks' full names; none means all.</param>
/// <param name="RoundsTest">The test on the rounds' medians with several rounds a side: Student's, chosen by simulation (docs/compare.md, "Rounds").</param>
public sealed record ComparisonOptions(Threshold Threshold, double NoiseNanoseconds, IReadOnlyList<string> Filters, RoundsTest RoundsTest = RoundsTest.Student)
{
    /// <summary>ResultsComparer's noise floor: below a third of a nanosecond, a difference is the timer's, not the code's.</summary>
    public const double DefaultNoiseNanoseconds = 0.3;

    public static ComparisonOptions Default => new(Threshold.Parse("5%"), DefaultNoiseNanoseconds, []);

    /// <summary>
    /// The threshold as a fraction of the time when it is relative (5% is 0.05), null when it is absolute (2ms): read
    /// from the shifts Perfolizer gives it on two samples, one twice the other, as it would apply them.
    /// </summary>
    public double? RelativeFraction
    {
        get
        {
            double Shift(double nanoseconds) => -Threshold.EffectiveShift(new Sample([nanoseconds, nanoseconds], TimeUnit.Nanosecond));
            var (once, twice) = (Shift(1e6), Shift(2e6));
            return once > 0 && Math.Abs(twice - 2 * once) <= 1e-9 * twice ? once / 1e6 : null;
        }
    }

    public bool Includes(string fullName) =>
        Filters.Count == 0 || Filters.Any(glob => Glob(glob).IsMatch(fullName));

    private static Regex Glob(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*", ".*").Replace(@"\?", ".") + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
