using ConcurrencyBenchmarks.Ab.Runner;
using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.Record;

namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>One case present on both sides: where it stands in scaling, its pairs so far, and whether it is done.</summary>
public sealed class CaseSeries(PairedCase baseCase, PairedCase headCase)
{
    public PairedCase Base { get; } = baseCase;
    public PairedCase Head { get; } = headCase;
    public string Id => Head.Id;
    public ScalingCase? Position { get; } = headCase.WorkersParameter.Length == 0 ? null
        : ScalingCase.From(headCase.Type, headCase.Method, headCase.Parameters, new RecordedScaling(headCase.WorkersParameter, headCase.Baseline, null));
    public bool IsBaseline => Head.Baseline;

    /// <summary>Serial, and every strategy with one worker, keep one thread busy: they get a single CPU, the same on both sides.</summary>
    public bool SingleThreaded => IsBaseline || Position?.Workers == 1;

    public List<PairedMeasurement> Pairs { get; } = [];
    public bool IsSetUp { get; set; }
    public bool Finished { get; set; }

    public IReadOnlyList<double> LogRatios => Pairs.Select(p => p.LogRatio).ToArray();

    /// <summary>The group whose cases are interleaved, so speed-ups come from adjacent measurements: same family and worker count.</summary>
    public string Group => Position is { } p ? $"{p.Family}/{p.Workers}" : Id;
}
