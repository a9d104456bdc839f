using System.Globalization;
using ConcurrencyBenchmarks.Ab.Paired;

namespace ConcurrencyBenchmarks.Tests.Ab;

/// <summary>
/// Runs the paired stopping rule over series of per-pair log-ratios, as the driver does: a visit of a few adjacent
/// pairs at a time, each visit somewhere else in the host's day, until the rule says finished.
/// </summary>
public static class PairedSeries
{
    /// <summary>One recorded series of A/A pairs (Data/), as log(B/A).</summary>
    public static double[] Recorded(string name) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Ab", "Data", $"host-noise-2026-11-29-{name}.txt"))
            .Select(l => l.Split(' '))
            .Select(f => Math.Log(double.Parse(f[2], CultureInfo.InvariantCulture) / double.Parse(f[1], CultureInfo.InvariantCulture)))
            .ToArray();

    /// <summary>The verdict one simulated case ends with, and how many pairs it took; visits start at random places.</summary>
    public static (PairedVerdict Verdict, int Pairs) Simulate(Func<int, double> pairAt, int length, double shift, PairedSettings settings, Random random)
    {
        var ratios = new List<double>();
        while (true)
        {
            var start = random.Next(length);
            for (var k = 0; k < settings.PairsPerVisit; k++)
                ratios.Add(pairAt((start + k) % length) + Math.Log(1 + shift));
            if (settings.IsFinished(ratios))
                return (PairedEstimate.From(ratios, settings.Level).Verdict(settings.Threshold), ratios.Count);
        }
    }

    /// <summary>The share of each verdict over <paramref name="trials"/> simulated cases, and the mean pairs a case took.</summary>
    public static (IReadOnlyDictionary<PairedVerdict, double> Shares, double MeanPairs) Rates(double[] series, double shift, PairedSettings settings,
        int trials = 1000, int seed = 1)
    {
        var random = new Random(seed);
        var outcomes = Enumerable.Range(0, trials).Select(_ => Simulate(i => series[i], series.Length, shift, settings, random)).ToArray();
        var shares = Enum.GetValues<PairedVerdict>().ToDictionary(v => v, v => outcomes.Count(o => o.Verdict == v) / (double)trials);
        return (shares, outcomes.Average(o => o.Pairs));
    }

    /// <summary>
    /// A synthetic host: the log of its slowness follows an AR(1) process from one invocation to the next (ρ = 0.9,
    /// 1.5% innovations: slow drift), shifted by up to ±30% between visits, with 1% noise per invocation and a 2% chance
    /// of a 30% spike. Pairs alternate AB, BA; the head is <paramref name="shift"/> slower.
    /// </summary>
    public static Func<int, double> SyntheticHost(Random random, double shift, double rampPerInvocation = 0)
    {
        double level = 0, slowness = 0;
        var invocation = 0;
        double Time(double extra)
        {
            slowness = 0.9 * slowness + Normal(random) * 0.015;
            var spike = random.NextDouble() < 0.02 ? Math.Log(1.3) : 0;
            return level + slowness + rampPerInvocation * invocation++ + Normal(random) * 0.01 + spike + extra;
        }
        return pair =>
        {
            if (pair % 4 == 0)
                level = (random.NextDouble() * 2 - 1) * Math.Log(1.3); // another visit, another stretch of the host's day
            var headExtra = Math.Log(1 + shift);
            if (pair % 2 == 0)
            {
                var a = Time(0);
                return Time(headExtra) - a;
            }
            var b = Time(headExtra);
            return b - Time(0);
        };
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
