using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.RunReporting.Columns;

/// <summary>A column computed from the scaling model; <c>?</c> when a case it needs is missing.</summary>
public abstract class ScalingColumn(RunEnvironment environment) : IColumn
{
    protected RunEnvironment Environment { get; } = environment;

    public const string Missing = "?";
    public const string NotApplicable = "-";

    public abstract string Id { get; }
    public abstract string ColumnName { get; }
    public abstract string Legend { get; }
    public abstract UnitType UnitType { get; }
    public abstract int PriorityInCategory { get; }

    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public bool IsNumeric => true;

    /// <summary>Shown only where the summary has cases with workers and a workload to hold them against.</summary>
    public virtual bool IsAvailable(Summary summary) => SummaryCases.Any(summary);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var cases = SummaryCases.Of(summary, Environment);
        if (!cases.TryGetValue(benchmarkCase, out var result))
            return Missing;
        if (!AppliesTo(result))
            return NotApplicable;
        return Compute(result, cases.Values) is { } value ? Format(result, cases.Values, value, style) : Missing;
    }

    /// <summary>Whether the column means anything for this case; where it does not, it shows <c>-</c>.</summary>
    protected virtual bool AppliesTo(CaseResult result) => true;

    protected abstract double? Compute(CaseResult result, IReadOnlyCollection<CaseResult> all);

    protected abstract string Format(double value, SummaryStyle style);

    /// <summary>The value as the cell shows it; a column may add what else it knows of the case (an interval, say).</summary>
    protected virtual string Format(CaseResult result, IReadOnlyCollection<CaseResult> all, double value, SummaryStyle style) => Format(value, style);

    public override string ToString() => ColumnName;
}
