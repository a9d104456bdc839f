using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Reports;

namespace ConcurrencyBenchmarks.RunReporting.Interference;

/// <summary>One warning under the summary when cases were measured on a busy machine, saying what to do.</summary>
public sealed class InterferenceAnalyser : IAnalyser
{
    public static readonly InterferenceAnalyser Default = new();

    public string Id => "Interference";

    public IEnumerable<Conclusion> Analyse(Summary summary)
    {
        var busy = summary.Reports.Count(InterferenceLevel.IsHigh);
        if (busy > 0)
            yield return Conclusion.CreateWarning(Id, InterferenceLevel.Advice(busy));
    }
}
