using ConcurrencyBenchmarks.Analysis.Comparison;

namespace ConcurrencyBenchmarks.Tests.Comparison;

/// <summary>Speed-up verdicts, which hold across machines: on synthetic suites of Serial and two strategies, 1 to 8 workers.</summary>
public class ScalingComparerTests
{
    private static readonly string[] Strategies = ["Serial", "Threads", "ThreadPool"];
    private static readonly int[] WorkerCounts = [1, 2, 4, 8];

    /// <summary>
    /// One round of a counting suite on 2 processors: Serial N·100 ms, the others 100·max(1, N/2) ms, 10 values of
    /// 2% noise; <paramref name="machine"/> multiplies every time, <paramref name="slower"/> one strategy's.
    /// </summary>
    private static (IReadOnlyDictionary<string, double[]> Values, Dictionary<string, ScalingCase> Scaling) Round(
        int seed, double machine = 1, string? slowed = null, double slower = 1)
    {
        var random = new Random(seed);
        var values = new Dictionary<string, double[]>();
        var scaling = new Dictionary<string, ScalingCase>();
        foreach (var workers in WorkerCounts)
            foreach (var strategy in Strategies)
            {
                var id = $"Suite.Crunch.{strategy}(Workers: {workers})";
                var level = 1e8 * (strategy == "Serial" ? workers : Math.Max(1, workers / 2.0)) * machine * (strategy == slowed ? slower : 1);
                values[id] = Enumerable.Range(0, 10).Select(_ => level * Math.Exp(0.02 * (random.NextDouble() - 0.5) * 3.46)).ToArray();
                scaling[id] = ScalingCase.From("Crunch", strategy, $"Iterations=400000000&Workers={workers}")!;
            }
        return (values, scaling);
    }

    private static ResultSet Set(params (IReadOnlyDictionary<string, double[]> Values, Dictionary<string, ScalingCase> Scaling)[] rounds) =>
        ResultSet.FromRounds(rounds.Select(r => r.Values).ToArray(), rounds[0].Scaling);

    [Fact]
    public void A_machine_uniformly_20_percent_slower_changes_no_speedup_verdict()
    {
        var @base = Set(Round(1));
        var diff = Set(Round(2, machine: 1.2));

        var scaling = ScalingComparer.Compare(@base, diff, ComparisonOptions.Default);

        Assert.Equal(Strategies.Length - 1, scaling.Count / WorkerCounts.Length); // every strategy but Serial, at every count
        Assert.All(scaling, s => Assert.Equal(ScalingVerdict.Same, s.Verdict));
        Assert.All(ResultComparer.Compare(@base, diff, ComparisonOptions.Default).Benchmarks, b => Assert.Equal(Verdict.Slower, b.Verdict)); // while every time is slower
    }

    [Fact]
    public void One_strategy_losing_30_percent_of_its_speedup_is_found_at_every_worker_count_and_nothing_else()
    {
        var @base = Set(Round(3));
        var diff = Set(Round(4, slowed: "ThreadPool", slower: 1 / 0.7));

        var scaling = ScalingComparer.Compare(@base, diff, ComparisonOptions.Default);

        Assert.All(scaling.Where(s => s.Strategy == "ThreadPool"), s =>
        {
            Assert.Equal(ScalingVerdict.Lost, s.Verdict);
            Assert.Equal(0.7, s.Ratio, 1);
        });
        Assert.All(scaling.Where(s => s.Strategy != "ThreadPool"), s => Assert.Equal(ScalingVerdict.Same, s.Verdict));
    }

    [Fact]
    public void With_rounds_a_side_the_rounds_speedups_are_judged_and_a_uniform_drift_still_cancels()
    {
        var @base = Set(Round(5), Round(6, machine: 1.05), Round(7, machine: 0.97));
        var same = Set(Round(8, machine: 1.3), Round(9, machine: 1.1), Round(10, machine: 1.2));
        var lost = Set(Round(11, machine: 1.1, slowed: "Threads", slower: 1 / 0.7), Round(12, slowed: "Threads", slower: 1 / 0.7),
            Round(13, machine: 1.2, slowed: "Threads", slower: 1 / 0.7));

        Assert.All(ScalingComparer.Compare(@base, same, ComparisonOptions.Default), s => Assert.Equal(ScalingVerdict.Same, s.Verdict));
        var found = ScalingComparer.Compare(@base, lost, ComparisonOptions.Default);
        Assert.All(found.Where(s => s.Strategy == "Threads" && s.Workers > 1), s => Assert.Equal(ScalingVerdict.Lost, s.Verdict));
        Assert.All(found.Where(s => s.Strategy == "ThreadPool"), s => Assert.Equal(ScalingVerdict.Same, s.Verdict));
    }
}
