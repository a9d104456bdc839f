using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.Reporting.Scaling;

namespace ConcurrencyBenchmarks.Reporting.Columns;

/// <summary>A column computed from the scaling model; <c>?</c> when a case it needs is missing.</summary>
public abstract class ScalingColumn : IColumn
{
    public const string Missing = "?";

    public abstract string Id { get; }
    public abstract string ColumnName { get; }
    public abstract string Legend { get; }
    public abstract UnitType UnitType { get; }
    public int PriorityInCategory { get; init; }

    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public bool IsNumeric => true;

    /// <summary>Shown only where the summary has cases with workers and a workload to hold them against.</summary>
    public bool IsAvailable(Summary summary) => SummaryCases.Any(summary);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var cases = SummaryCases.Of(summary);
        return cases.TryGetValue(benchmarkCase, out var result) && Compute(result, cases.Values) is { } value
            ? Format(value, style)
            : Missing;
    }

    protected abstract double? Compute(CaseResult result, IReadOnlyCollection<CaseResult> all);

    protected abstract string Format(double value, SummaryStyle style);

    public override string ToString() => ColumnName;
}
