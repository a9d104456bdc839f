using System.Globalization;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.RunReporting.Interference;
using ConcurrencyBenchmarks.RunReporting.PoolThreads;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks.RunReporting.Page;

/// <summary>
/// A few sentences computed from one workload's results, for the top of its section: which strategy comes closest to
/// the limit, why a counting strategy falls short (busy cores), which strategies starve waiting workers, what a
/// process costs, and how noisy the run was.
/// </summary>
public static class Findings
{
    /// <summary>Below this efficiency a strategy no longer keeps up: the ideal is more than twice as fast.</summary>
    private const double Starving = 0.5;

    public static IReadOnlyList<string> Of(Summary summary, RunEnvironment environment)
    {
        var cases = SummaryCases.Of(summary, environment).Values;
        var sentences = new List<string>();
        if (cases.Count > 0)
        {
            // Per group of comparable cases (a summary of two jobs has two), each named by its job when there are several.
            var groups = cases.GroupBy(c => c.Group).ToArray();
            foreach (var group in groups)
            {
                if (WaitShare([.. group]) is { } wait)
                    sentences.Add(wait);
                if (Closest([.. group], environment, groups.Length > 1 ? group.Key.Split('|')[1] : null) is { } closest)
                    sentences.Add(closest);
                if (LongPhases([.. group]) is { } longPhases)
                    sentences.Add(longPhases);
            }
            WhyShort(summary, environment, sentences);
            Starvation(summary, environment, sentences);
            ProcessCost(cases, sentences);
        }
        Noise(summary, sentences);
        return sentences;
    }

    /// <summary>
    /// At the largest worker count: the strategy closest to the limit, named only when its speed-up's interval is apart
    /// from every other's; else the strategies that cannot be told apart on this machine, and those ranked below them.
    /// </summary>
    internal static string? Closest(IReadOnlyCollection<CaseResult> cases, RunEnvironment environment, string? label = null)
    {
        var largest = cases.Max(c => c.Workers);
        var measured = cases.Where(c => !c.IsSerial && c.Workers == largest)
            .Select(c => (Case: c, Efficiency: ScalingMath.Efficiency(c, cases), Interval: ScalingMath.SpeedupInterval(c, cases)))
            .Where(c => c.Efficiency is not null && c.Interval is not null)
            .ToDictionary(c => c.Case.Strategy);
        var ranking = StrategyRanking.Of(measured.Values.Select(c => new RankedStrategy(c.Case.Strategy, c.Interval!, c.Case.Interleaved?.Visits)));
        if (ranking.Leaders.Count == 0)
            return null;
        var at = label is null ? $"At {Workers(largest)}" : $"{label}, at {Workers(largest)}";
        var first = measured[ranking.Leaders[0].Strategy];
        string sentence;
        if (ranking.Winner is { } winner)
            sentence = $"{at}, {winner.Strategy} comes closest to the physical limit: {Percent(first.Efficiency!.Value)} of the ideal, "
                       + $"{Times(winner.Speedup.Ratio)} faster than Serial"
                       + (winner.Speedup.HasInterval ? string.Create(CultureInfo.InvariantCulture, $" ({winner.Speedup.Lower:0.00}–{winner.Speedup.Upper:0.00})") : "")
                       + (ranking.Behind.Count > 0 ? ", its interval above every other strategy's" : "")
                       + Capacity(first.Case, cases, environment, largest);
        else if (!ranking.HasIntervals)
            sentence = $"{at}, {first.Case.Strategy} measured fastest ({Speedup(ranking.Leaders[0])} faster than Serial, {Percent(first.Efficiency!.Value)} of the ideal), "
                       + $"but too few visits to give intervals: nothing is ranked";
        else
            sentence = $"{at}, {List(ranking.Leaders)} cannot be told apart on this machine: their speed-up intervals overlap, so none is named closest "
                       + $"to the limit (the fastest, {first.Case.Strategy}, reached {Percent(first.Efficiency!.Value)} of the ideal"
                       + Capacity(first.Case, cases, environment, largest) + ")";
        if (ranking.Behind.Count > 0 && ranking.Winner is null)
            sentence += $"; {first.Case.Strategy} was faster than {Slower(ranking.Behind)}";
        return sentence + ".";
    }

    /// <summary>Work that waits more than this share, or computes more, is called waiting or computing.</summary>
    private const double Extreme = 0.02;

    /// <summary>
    /// How much of one worker's time waits (1 - s, Serial's busy cores) and what that allows: s·C processors' worth of
    /// computing per worker, so up to 1/s workers per processor overlap fully. Only where the share was measured.
    /// </summary>
    internal static string? WaitShare(IReadOnlyCollection<CaseResult> cases)
    {
        var first = cases.First();
        if (!ScalingMath.CpuShareMeasured(first, cases) || ScalingMath.CpuShare(first, cases) is not { } share)
            return null;
        var wait = 1 - share;
        var processors = first.Processors;
        if (share >= 1 - Extreme)
            return $"{Percent(share)} of one worker's time keeps a processor busy (Serial's CPU time over its wall time): "
                   + $"past {processors} workers the processors are the limit, and waiting strategies cannot help.";
        if (share <= Extreme)
            return $"{Percent(wait)} of one worker's time is waiting (Serial's CPU time over its wall time): the waits overlap, "
                   + (share > 0 ? string.Create(CultureInfo.InvariantCulture, $"so up to {processors / share:0} workers can finish in one worker's time.")
                       : "so any number of them can finish in one worker's time.");
        return $"{Percent(wait)} of one worker's time is waiting (Serial's CPU time over its wall time): up to "
               + string.Create(CultureInfo.InvariantCulture, $"{1 / share:0.0} workers per processor overlap fully; past {processors / share:0.#} workers on {processors} processors the computing is the limit.");
    }

    /// <summary>Measured this much slower than the ideal, and at least this close to the long-phases bound, work may wait in a few long phases.</summary>
    private const double NearLongPhases = 0.5;

    /// <summary>
    /// Past the knee (N·s > C), when even the fastest strategy lies nearer the bound for work of a few long phases than
    /// the ideal of short slices: the user's work may compute and wait in long phases, whose limit is that bound.
    /// </summary>
    internal static string? LongPhases(IReadOnlyCollection<CaseResult> cases)
    {
        var first = cases.First();
        if (ScalingMath.CpuShare(first, cases) is not ({ } share and > Extreme and < 1 - Extreme))
            return null;
        var past = cases.Where(c => !c.IsSerial && c.Workers * share > c.Processors && c.ComparedNanoseconds is not null).ToArray();
        if (past.Length == 0)
            return null;
        var workers = past.Max(c => c.Workers);
        var best = past.Where(c => c.Workers == workers).MinBy(c => c.ComparedNanoseconds!.Value)!;
        if (ScalingMath.IdealNanoseconds(best, cases) is not { } ideal || ScalingMath.LongPhasesNanoseconds(best, cases) is not { } bound)
            return null;
        var measured = best.ComparedNanoseconds!.Value;
        if (measured < ideal + NearLongPhases * (bound - ideal))
            return null;
        return $"At {Workers(workers)} the fastest strategy, {best.Strategy}, took {TimeText.Of(measured)}, nearer {TimeText.Of(bound)} than the ideal "
               + $"{TimeText.Of(ideal)}: {TimeText.Of(bound)} is the limit for work that computes and waits in a few long phases "
               + "(the last worker to finish computing still has its whole wait ahead); if this work is of that kind, hold it against that.";
    }

    private static string Capacity(CaseResult result, IReadOnlyCollection<CaseResult> all, RunEnvironment environment, int workers)
    {
        if (result.Workload is not Workload.Crunch)
            return "";
        if (ScalingMath.OfCapacity(result, all, environment.Capacity) is not { } share)
            return $" (nominal limit {Times(ScalingMath.IdealSpeedup(ScalingMath.CpuShare(result, all) ?? 1, workers, result.Processors))} on {result.Processors} processors)";
        return result.Interleaved?.OfCapacity is not null
            ? $"; it used {Percent(share)} of what the machine gave counting threads in the same visits"
            : $"; the capacity probe bounds {Workers(workers)} at {Times(environment.Capacity!.SpeedupBound(workers)!.Value)}, so it used {Percent(share)} of what the machine gave";
    }

    /// <summary>e.g. "ProcessPool (by 1.09×, 1.04–1.15, visit by visit) and Processes (by 1.20×, its interval below)".</summary>
    private static string Slower(IReadOnlyList<SlowerStrategy> behind)
    {
        var items = behind.Select(b => b.AgainstFastest.HasInterval
            ? string.Create(CultureInfo.InvariantCulture, $"{b.Strategy.Strategy} (by {b.AgainstFastest.Ratio:0.00}×, {b.AgainstFastest.Lower:0.00}–{b.AgainstFastest.Upper:0.00}, visit by visit)")
            : string.Create(CultureInfo.InvariantCulture, $"{b.Strategy.Strategy} (by {b.AgainstFastest.Ratio:0.00}×, its speed-up's interval below)")).ToArray();
        return items.Length == 1 ? items[0] : $"{string.Join(", ", items[..^1])} and {items[^1]}";
    }

    private static string List(IReadOnlyList<RankedStrategy> strategies)
    {
        var items = strategies.Select(s => $"{s.Strategy} ({Speedup(s)})").ToArray();
        return items.Length == 1 ? items[0] : $"{string.Join(", ", items[..^1])} and {items[^1]}";
    }

    private static string Speedup(RankedStrategy strategy) =>
        strategy.Speedup.HasInterval
            ? string.Create(CultureInfo.InvariantCulture, $"{strategy.Speedup.Ratio:0.00}×, {strategy.Speedup.Lower:0.00}–{strategy.Speedup.Upper:0.00}")
            : string.Create(CultureInfo.InvariantCulture, $"{strategy.Speedup.Ratio:0.00}×");

    /// <summary>Below this share of what the machine gave, a counting strategy falls short and busy cores say why.</summary>
    private const double Short = 0.9;

    /// <summary>Busy cores under this share of C: the strategy itself left processors idle; above, the host gave it less.</summary>
    private const double Idle = 0.75;

    /// <summary>
    /// For counting at each worker count from 2: each strategy short of the machine's capacity, and from its busy cores
    /// whether it left processors idle or kept them busy while the host slowed them.
    /// </summary>
    private static void WhyShort(Summary summary, RunEnvironment environment, List<string> sentences)
    {
        var cases = SummaryCases.Of(summary, environment);
        var all = cases.Values;
        // From 2 workers: at 1 a strategy's shortfall is its overhead, which the process-cost sentence gives.
        foreach (var workers in all.Select(c => c.Workers).Where(w => w >= 2).Distinct().Order())
        {
            var reasons = cases.Where(c => c.Value is { IsSerial: false, Workload: Workload.Crunch } && c.Value.Workers == workers)
                .Select(c => (Result: c.Value, Busy: BusyCoresColumn.Of(summary[c.Key]),
                    Share: ScalingMath.OfCapacity(c.Value, all, environment.Capacity)
                           ?? ScalingMath.Speedup(c.Value, all) / ScalingMath.IdealSpeedup(ScalingMath.CpuShare(c.Value, all) ?? 1, workers, c.Value.Processors)))
                .Select(c => c.Busy is { } busy && c.Share is { } share
                    ? Reason(c.Result.Strategy, share, busy, Math.Min(workers, c.Result.Processors))
                    : null)
                .OfType<string>().ToArray();
            if (reasons.Length > 0)
                sentences.Add($"Short of what the machine gave at {Workers(workers)}: {string.Join("; ", reasons)}.");
        }
    }

    /// <summary>
    /// Why a counting strategy reached only <paramref name="share"/> of what the machine gave, from its busy cores
    /// against the <paramref name="processors"/> its workers could use; null when it was not short.
    /// </summary>
    internal static string? Reason(string strategy, double share, double busy, int processors) =>
        share >= Short ? null
        : string.Create(CultureInfo.InvariantCulture, $"{strategy} kept {busy:0.00} of {processors} processors busy, ")
          + (busy < processors * Idle ? "so it left processors idle" : "so the host gave it less than their full speed");

    private static void Starvation(Summary summary, RunEnvironment environment, List<string> sentences)
    {
        var byCase = SummaryCases.Of(summary, environment);
        var cases = byCase.Values;
        if (cases.All(c => c.Workload is Workload.Crunch)) // only work that waits can starve waiting
            return;
        var starving = byCase.Where(c => !c.Value.IsSerial).GroupBy(c => c.Value.Strategy)
            .Select(g => g.OrderBy(c => c.Value.Workers)
                    .Select(c => (c.Value.Workers, Efficiency: ScalingMath.Efficiency(c.Value, cases), Pool: PoolThreadsColumn.Of(summary[c.Key])))
                    .FirstOrDefault(p => p.Efficiency < Starving) is { Efficiency: { } efficiency } first
                ? $"{g.Key} from {Workers(first.Workers)} ({Percent(efficiency)}{(first.Pool is { } pool && StrategyCatalog.Find(g.Key) is { RunsOnThreadPool: true } ? $", {pool} pool threads at most" : "")})"
                : null)
            .OfType<string>().ToArray();
        sentences.Add(starving.Length > 0
            ? $"Below half the ideal: {string.Join("; ", starving)}. Each runs fewer waits at once than there are workers: "
              + "blocking waits hold the thread pool's threads, which it adds only slowly, and a degree of parallelism caps the rest."
            : $"Every strategy keeps at least {Percent(Starving)} of the ideal at every worker count measured.");
    }

    private static void ProcessCost(IReadOnlyCollection<CaseResult> cases, List<string> sentences)
    {
        var fewest = cases.Min(c => c.Workers);
        double? At(string strategy) => cases.FirstOrDefault(c => c.Strategy == strategy && c.Workers == fewest)?.ComparedNanoseconds;
        if (At(ThreadsStrategy.Instance.Name) is not { } thread)
            return;
        var parts = StrategyCatalog.All.OfType<IProcessStrategy>()
            .Where(p => At(p.Name) is not null)
            .Select(p => At(p.Name)!.Value - thread is var cost && cost > 0
                ? $"{p.Name} costs {TimeText.Of(cost)} more"
                : $"{p.Name} costs nothing measurable")
            .ToArray();
        if (parts.Length > 0)
            sentences.Add($"Against a dedicated thread, at {Workers(fewest)}: {string.Join("; ", parts)}.");
    }

    private static void Noise(Summary summary, List<string> sentences)
    {
        var spreads = summary.Reports.Where(r => r.ResultStatistics is { Median: > 0 })
            .Select(r => (Report: r, Spread: r.ResultStatistics!.InterquartileRange / r.ResultStatistics.Median)).ToArray();
        if (spreads.Length == 0)
            return;
        var typical = Median.Of(spreads.Select(s => s.Spread).ToArray());
        var worst = spreads.MaxBy(s => s.Spread);
        var widest = worst.Report.BenchmarkCase;
        var workers = SummaryCases.Workers(widest) is { } n ? $" at {Workers(n)}" : "";
        var sentence = $"Noise: the middle half of a case's values typically spans {Percent(typical)} of its median "
                       + $"(widest: {widest.Descriptor.WorkloadMethod.Name}{workers}, {Percent(worst.Spread)})";
        var measured = summary.Reports.Count(r => InterferenceLevel.Of(r) is not null);
        var busy = summary.Reports.Count(InterferenceLevel.IsHigh);
        sentences.Add(busy > 0 ? $"{sentence}. {InterferenceLevel.Advice(busy)}."
            : measured > 0 ? $"{sentence}; no case ran while others took over {InterferenceLevel.Threshold:0%} of the machine."
            : sentence + ".");
    }

    private static string Workers(int n) => n == 1 ? "1 worker" : $"{n} workers";
    private static string Percent(double share) => (share * 100).ToString(share < 0.1 ? "0.0" : "0", CultureInfo.InvariantCulture) + "%";
    private static string Times(double ratio) => ratio.ToString("0.0#", CultureInfo.InvariantCulture) + "×";
}
