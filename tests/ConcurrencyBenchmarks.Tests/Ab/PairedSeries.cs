using System.Globalization;
using System.Text.Json;
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

    /// <summary>One case of a real paired run kept in Data/: its visits, each the (base, head) times of its pairs.</summary>
    public sealed record RecordedCase(string Id, (double Base, double Head)[][] Visits);

    /// <summary>The cases of a paired run's raw files (<c>base.json</c>, <c>head.json</c>, as ab keeps them) under Data/.</summary>
    public static IReadOnlyList<RecordedCase> RecordedRun(string name)
    {
        JsonElement[] Side(string side) => JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ab", "Data", name, side + ".json")))
            .RootElement.GetProperty("Benchmarks").EnumerateArray().ToArray();
        var heads = Side("head").ToDictionary(b => b.GetProperty("FullName").GetString()!);
        return Side("base").Select(b =>
        {
            var id = b.GetProperty("FullName").GetString()!;
            var basePairs = b.GetProperty("Pairs").EnumerateArray().ToArray();
            var headPairs = heads[id].GetProperty("Pairs").EnumerateArray().ToArray();
            var visits = basePairs.Select((p, i) => (Pass: p.GetProperty("Pass").GetInt32(), Base: p.GetProperty("Nanoseconds").GetDouble(),
                    Head: headPairs[i].GetProperty("Nanoseconds").GetDouble()))
                .GroupBy(p => p.Pass).Select(g => g.Select(p => (p.Base, p.Head)).ToArray()).ToArray();
            return new RecordedCase(id, visits);
        }).ToArray();
    }

    /// <summary>
    /// How often a case of a real run ends Slower (or flagged at all) when its recorded visits are drawn again at
    /// random, the head moved by <paramref name="shift"/> after the case's own median ratio is taken out (the null).
    /// </summary>
    public static (double Flagged, double Slower) Resampled(RecordedCase recorded, double shift, PairedSettings settings, int trials, int seed = 1)
    {
        var all = recorded.Visits.SelectMany(v => v).Select(p => Math.Log(p.Head / p.Base)).ToArray();
        var center = Math.Log(PairedEstimate.From(all, settings.Level).Ratio);
        var random = new Random(seed);
        int flagged = 0, slower = 0;
        for (var t = 0; t < trials; t++)
        {
            var ratios = new List<double>();
            do
                ratios.AddRange(recorded.Visits[random.Next(recorded.Visits.Length)].Select(p => Math.Log(p.Head / p.Base) - center + Math.Log(1 + shift)));
            while (!settings.IsFinished(ratios));
            var verdict = PairedEstimate.From(ratios, settings.Level).Verdict(settings.Threshold);
            flagged += verdict is PairedVerdict.Slower or PairedVerdict.Faster ? 1 : 0;
            slower += verdict == PairedVerdict.Slower ? 1 : 0;
        }
        return (flagged / (double)trials, slower / (double)trials);
    }

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
        int trials = 2000, int seed = 1)
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
