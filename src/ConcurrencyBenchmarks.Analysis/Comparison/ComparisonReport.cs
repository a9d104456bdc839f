namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>Every benchmark's verdict, and the totals the summary line gives.</summary>
public sealed record ComparisonReport(IReadOnlyList<BenchmarkDiff> Benchmarks, ComparisonOptions Options)
{
    /// <summary>The machines each side ran on, as their reports say (none for generated result sets).</summary>
    public IReadOnlyList<MachineFingerprint> BaseMachines { get; init; } = [];

    public IReadOnlyList<MachineFingerprint> DiffMachines { get; init; } = [];

    /// <summary>Every strategy's speed-up over Serial at every worker count, compared (see <see cref="ScalingComparer"/>).</summary>
    public IReadOnlyList<ScalingDiff> Scaling { get; init; } = [];

    /// <summary>Whether the two sides ran on different machines (allowed with --allow-different-machines).</summary>
    public bool CrossesMachines { get; init; }

    /// <summary>What the runs' own records warn of (a capacity that changed during a run), a line each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public int Count(Verdict verdict) => Benchmarks.Count(b => b.Verdict == verdict);

    public IReadOnlyList<BenchmarkDiff> Slower => Benchmarks.Where(b => b.Verdict == Verdict.Slower).OrderByDescending(b => b.Ratio).ToArray();

    public IReadOnlyList<BenchmarkDiff> Faster => Benchmarks.Where(b => b.Verdict == Verdict.Faster).OrderBy(b => b.Ratio).ToArray();

    public bool HasRegressions => Benchmarks.Any(b => b.Verdict == Verdict.Slower);

    /// <summary>The geometric mean of diff/base over the benchmarks with this verdict, or null when there are none.</summary>
    public double? GeometricMeanRatio(Verdict verdict)
    {
        var ratios = Benchmarks.Where(b => b.Verdict == verdict && b.Ratio is > 0).Select(b => b.Ratio!.Value).ToArray();
        return ratios.Length == 0 ? null : Math.Exp(ratios.Average(Math.Log));
    }

    /// <summary>The first line of every output: <c>faster: N, slower: N, same: N, added: N, removed: N</c>.</summary>
    public string SummaryLine =>
        $"faster: {Count(Verdict.Faster)}, slower: {Count(Verdict.Slower)}, same: {Count(Verdict.Same)}, added: {Count(Verdict.Added)}, removed: {Count(Verdict.Removed)}";
}
