using ConcurrencyBenchmarks.Analysis.Comparison;

namespace ConcurrencyBenchmarks.Simulations;

/// <summary>
/// Rounds of a counting suite on 2 processors, as the speed-up verdicts see them: Serial at N workers takes N·100 ms,
/// Threads and ThreadPool 100·max(1, N/2) ms, at 1 to 16 workers, 10 values of 2–5% noise with 3% outliers. Each
/// round the whole machine runs 0.8–1.2× (which a speed-up cancels) and every case drifts by its own 3% (which it
/// does not), as runs minutes apart on a shared machine do.
/// </summary>
public static class SyntheticScaling
{
    public static readonly string[] Strategies = ["Serial", "Threads", "ThreadPool"];
    public static readonly int[] WorkerCounts = [1, 2, 4, 8, 16];

    /// <summary>Cases whose speed-up is judged: every strategy but Serial at every count.</summary>
    public static int JudgedCases => (Strategies.Length - 1) * WorkerCounts.Length;

    /// <param name="slowed">A strategy whose times are multiplied by <paramref name="slower"/> in every round; null for none.</param>
    public static ResultSet Side(int rounds, int seed, string? slowed = null, double slower = 1)
    {
        var scaling = new Dictionary<string, ScalingCase>();
        var sets = Enumerable.Range(0, rounds).Select(round =>
        {
            var random = new Random(seed * 1_009 + round);
            var machine = 0.8 + 0.4 * random.NextDouble();
            var values = new Dictionary<string, double[]>();
            foreach (var workers in WorkerCounts)
                foreach (var strategy in Strategies)
                {
                    var id = $"Suite.Crunch.{strategy}(Workers: {workers})";
                    var noise = 0.02 + 0.03 * new Random(id.Length * 31 + workers).NextDouble();
                    var level = 1e8 * (strategy == "Serial" ? workers : Math.Max(1, workers / 2.0)) * machine
                                * Math.Exp(0.03 * Gaussian.Draw(random)) * (strategy == slowed ? slower : 1);
                    values[id] = Enumerable.Range(0, 10).Select(_ =>
                    {
                        var value = level * Math.Exp(noise * Gaussian.Draw(random));
                        return random.NextDouble() < 0.03 ? value * (1.2 + random.NextDouble()) : value;
                    }).ToArray();
                    scaling[id] = ScalingCase.From("Crunch", strategy, $"Iterations=400000000&Workers={workers}")!;
                }
            return (IReadOnlyDictionary<string, double[]>)values;
        }).ToArray();
        return ResultSet.FromRounds(sets, scaling);
    }
}
