using System.Text.Json;
using ConcurrencyBenchmarks.RunReporting.Interleaving;
using ConcurrencyBenchmarks.RunReporting.Page;

namespace ConcurrencyBenchmarks.Tests.Interleaving;

/// <summary>
/// Interleaved visits of one group simulated on hosts shaped like this project's: a synthetic host whose speed drifts
/// (AR(1)) and jumps between visits, and the visits of a real A/A run of ab on the 2-vCPU host (Ab/Data), drawn again.
/// Each gives an <see cref="InterleavedRun"/> of Serial and strategies, judged by the suite's own code.
/// </summary>
public static class InterleavedSeries
{
    public const string Group = "G";

    /// <summary>
    /// A synthetic host: log slowness follows an AR(1) process from one invocation to the next (ρ = 0.9, 1.5%
    /// innovations), jumps by up to ±30% between visits (another stretch of the host's day), and each invocation has
    /// its own noise (<paramref name="noise"/>, as the host gives two busy threads a varying share) and a 2% chance of
    /// a 30% spike. Serial counts 2 workers one after another; strategy k takes
    /// Serial / 2 × <paramref name="slowdowns"/>[k] (2 workers on 2 processors). The slots come in a random order each visit.
    /// </summary>
    public static InterleavedRun Synthetic(Random random, int visits, double[] slowdowns, double noise = 0.06, double level = InterleavedSettings.DefaultLevel)
    {
        var names = slowdowns.Select((_, k) => $"S{k}").ToArray();
        var times = names.Prepend("Serial").ToDictionary(n => n, _ => new List<double>());
        var slowness = 0.0;
        for (var v = 0; v < visits; v++)
        {
            var stretch = (random.NextDouble() * 2 - 1) * Math.Log(1.3);
            var order = times.Keys.ToArray();
            random.Shuffle(order);
            foreach (var slot in order)
            {
                slowness = 0.9 * slowness + Normal(random) * 0.015;
                var spike = random.NextDouble() < 0.02 ? Math.Log(1.3) : 0;
                var truth = slot == "Serial" ? 2.0 : slowdowns[int.Parse(slot[1..])];
                var own = slot == "Serial" ? noise / 3 : noise; // one busy thread varies less than two
                times[slot].Add(1e8 * truth * Math.Exp(stretch + slowness + spike + Normal(random) * own));
            }
        }
        return Run(times, level);
    }

    /// <summary>
    /// The same host measured as BDN measures it, one case after another: each strategy's values all come from its
    /// own stretch of the host's day, so their medians differ by the stretches, not the strategies.
    /// </summary>
    public static double[] SequentialSpeedups(Random random, int values, double[] slowdowns, double noise = 0.06)
    {
        double Median(double truth)
        {
            var stretch = (random.NextDouble() * 2 - 1) * Math.Log(1.3);
            return RunReporting.Median.Of(Enumerable.Range(0, values).Select(_ => truth * Math.Exp(stretch + Normal(random) * noise)).ToArray());
        }
        var serial = Median(2.0);
        return slowdowns.Select(s => serial / Median(s)).ToArray();
    }

    /// <summary>One group of a real A/A run of ab: every case's base and head times, visit by visit (a visit is a pass's slot).</summary>
    public sealed record RecordedGroup(IReadOnlyList<string> Strategies, IReadOnlyList<IReadOnlyDictionary<string, (double Base, double Head)>> Visits);

    /// <summary>The counting group at <paramref name="workers"/> workers of the A/A run in Ab/Data, visit by visit (a case stops once decided, so later visits hold fewer).</summary>
    public static RecordedGroup Recorded(int workers)
    {
        IEnumerable<(string Method, int Pass, int Slot, double Ns)> Side(string side) =>
            JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ab", "Data", "ab-aa-2026-11-29", side + ".json")))
                .RootElement.GetProperty("Benchmarks").EnumerateArray()
                .Where(b => b.GetProperty("FullName").GetString()!.Contains($"CrunchNumbersBenchmarks.", StringComparison.Ordinal)
                            && b.GetProperty("FullName").GetString()!.EndsWith($"Workers: {workers})", StringComparison.Ordinal))
                .SelectMany(b => b.GetProperty("Pairs").EnumerateArray().Select(p => (
                    Method: b.GetProperty("FullName").GetString()!.Split('.')[2].Split('(')[0],
                    Pass: p.GetProperty("Pass").GetInt32(), Slot: p.GetProperty("Slot").GetInt32(), Ns: p.GetProperty("Nanoseconds").GetDouble())));
        var heads = Side("head").ToDictionary(p => (p.Method, p.Pass, p.Slot), p => p.Ns);
        var bases = Side("base").ToArray();
        var strategies = bases.Select(p => p.Method).Distinct().ToArray();
        var visits = bases.GroupBy(p => (p.Pass, p.Slot))
            .Select(g => g.ToDictionary(p => p.Method, p => (p.Ns, heads[(p.Method, p.Pass, p.Slot)])))
            .Select(v => (IReadOnlyDictionary<string, (double, double)>)v).ToArray();
        return new RecordedGroup(strategies, visits);
    }

    /// <summary>
    /// <paramref name="visits"/> visits drawn at random from a recorded group: Serial (base), <paramref name="strategy"/>
    /// as measured (base) and again (head, the same code measured beside it), the head slowed by <paramref name="slowdown"/>.
    /// </summary>
    public static InterleavedRun Resampled(RecordedGroup recorded, string strategy, Random random, int visits, double slowdown = 1, double level = InterleavedSettings.DefaultLevel)
    {
        var times = new Dictionary<string, List<double>> { ["Serial"] = [], ["A"] = [], ["B"] = [] };
        var both = recorded.Visits.Where(v => v.ContainsKey("Serial") && v.ContainsKey(strategy)).ToArray();
        for (var v = 0; v < visits; v++)
        {
            var visit = both[random.Next(both.Length)];
            times["Serial"].Add(visit["Serial"].Base);
            times["A"].Add(visit[strategy].Base);
            times["B"].Add(visit[strategy].Head * slowdown);
        }
        return Run(times, level);
    }

    /// <summary>How the suite's findings would rank the run's strategies.</summary>
    public static StrategyRanking Ranking(InterleavedRun run, bool visitByVisit = true) =>
        StrategyRanking.Of(run.Cases.Where(c => !c.IsBaseline)
            .Select(c => new RankedStrategy(c.Strategy, run.EstimateOf(c.Id)!.Speedup!, visitByVisit ? c.Nanoseconds : null)), run.Level);

    private static InterleavedRun Run(Dictionary<string, List<double>> times, double level) =>
        new(times.First().Value.Count, 0, level, TimeSpan.Zero,
            [.. times.Select(t => new InterleavedCase(t.Key, Group, t.Key, 2, t.Key == "Serial", t.Value))], []);

    public static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
