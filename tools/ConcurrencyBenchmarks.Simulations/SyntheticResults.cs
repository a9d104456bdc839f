using System.Text.Json;

namespace ConcurrencyBenchmarks.Simulations;

/// <summary>
/// Result sets shaped like real measurements, from a seed: each benchmark has its own level (1 us to 1 s),
/// multiplicative noise of a few percent, occasional outliers, and one in five is bimodal. The same seed always
/// gives the same values; a shift multiplies a benchmark's true level.
/// </summary>
public static class SyntheticResults
{
    public static string Id(int benchmark) => $"Synthetic.Benchmarks.Case{benchmark:D4}(Size: {benchmark % 7})";

    /// <summary>The benchmark's index in an id that <see cref="Id"/> made.</summary>
    public static int IndexOf(string id) =>
        int.Parse(id.AsSpan(id.IndexOf("Case", StringComparison.Ordinal) + 4, 4), System.Globalization.CultureInfo.InvariantCulture);

    /// <param name="benchmarks">How many benchmarks.</param>
    /// <param name="values">Measurements per benchmark.</param>
    /// <param name="seed">The noise; the benchmarks' levels and shapes depend only on their index.</param>
    /// <param name="shift">The factor on each benchmark's true level: 1 for unchanged, 1.25 for 25% slower.</param>
    public static Dictionary<string, double[]> Generate(int benchmarks, int values, int seed, Func<int, double>? shift = null)
    {
        var results = new Dictionary<string, double[]>(benchmarks);
        for (var b = 0; b < benchmarks; b++)
        {
            var shape = new Random(b);                       // what the benchmark is: the same in every set
            var level = Math.Pow(10, 3 + 6 * shape.NextDouble()) * (shift?.Invoke(b) ?? 1); // 1 us .. 1 s
            var noise = 0.01 + 0.03 * shape.NextDouble();    // 1-4% relative spread
            var bimodal = shape.NextDouble() < 0.2;
            var secondMode = 1.15 + 0.25 * shape.NextDouble(); // 15-40% above the first
            var secondShare = 0.1 + 0.2 * shape.NextDouble();
            var random = new Random(seed * 1_000_003 + b);   // what one run measured (HashCode is salted per process)
            results[Id(b)] = Enumerable.Range(0, values).Select(_ =>
            {
                var value = level * Math.Exp(noise * Gaussian.Draw(random));
                if (bimodal && random.NextDouble() < secondShare)
                    value *= secondMode;
                if (random.NextDouble() < 0.03)
                    value *= 1.2 + random.NextDouble(); // an outlier: a hiccup of the machine
                return value;
            }).ToArray();
        }
        return results;
    }

    /// <summary>
    /// Several rounds of one side, as separate runs measure them: each round's values come from
    /// <see cref="Generate"/>, then the whole round of a benchmark drifts by a factor of its own (the machine's state
    /// in that run), with a spread of its own between 0.1% (a sleep) and 8% (counting on a shared machine), spread
    /// evenly on a log scale, as runs minutes apart differ.
    /// </summary>
    /// <param name="shift">The factor on a benchmark's true level in a round: (benchmark, round) → 1 for unchanged.</param>
    /// <param name="drift">The factor on every benchmark's drift between rounds: 2 for a side measured on a machine twice as unsettled.</param>
    public static IReadOnlyList<IReadOnlyDictionary<string, double[]>> GenerateRounds(int benchmarks, int values, int rounds, int seed,
        Func<int, int, double>? shift = null, double drift = 1) =>
        Enumerable.Range(0, rounds).Select(round =>
        {
            var set = Generate(benchmarks, values, seed * 101 + round, b => shift?.Invoke(b, round) ?? 1);
            var drifts = new Random(seed * 7_919 + round);
            foreach (var b in Enumerable.Range(0, benchmarks))
            {
                var spread = drift * 0.001 * Math.Pow(80, new Random(b + 1_000_000).NextDouble()); // the benchmark's own: the same in every set
                var factor = Math.Exp(spread * Gaussian.Draw(drifts));
                set[Id(b)] = set[Id(b)].Select(v => v * factor).ToArray();
            }
            return (IReadOnlyDictionary<string, double[]>)set;
        }).ToArray();

    /// <summary>Writes a result set as a minimal BDN full JSON report, as the comparer reads them.</summary>
    public static void WriteFullJson(string path, IReadOnlyDictionary<string, double[]> results)
    {
        var report = new
        {
            Title = Path.GetFileNameWithoutExtension(path),
            Benchmarks = results.Select(r => new { FullName = r.Key, Statistics = new { OriginalValues = r.Value } }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(report));
    }

}
