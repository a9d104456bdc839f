using System.Collections.Concurrent;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace ConcurrencyBenchmarks.RunReporting.Interference;

/// <summary>
/// Records, per case, how much of the machine the rest of it took while the case's measured iterations ran: CPU time
/// of processes outside this process tree (the host, the benchmark process and every worker it started), and the
/// hypervisor's steal. Read from /proc in the host, between BDN's BeforeActualRun and AfterActualRun signals, so it
/// costs the measured code nothing. From the same readings, the busy cores: the tree's own CPU time over the wall time.
/// Without /proc, or for a case too short to tell, it records nothing (shown as ?).
/// </summary>
public sealed class InterferenceDiagnoser : IDiagnoser
{
    private readonly ConcurrentDictionary<BenchmarkCase, InterferenceSample.Reading> _started = new();
    private readonly ConcurrentDictionary<BenchmarkCase, InterferenceSample> _measured = new();

    public IEnumerable<string> Ids => ["Interference"];
    public IEnumerable<IExporter> Exporters => [];
    public IEnumerable<IAnalyser> Analysers => [InterferenceAnalyser.Default];

    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        var root = Environment.ProcessId; // the host: the benchmark process and its workers are its descendants
        switch (signal)
        {
            case HostSignal.BeforeActualRun when InterferenceSample.Read(root, parameters.Process.Id) is { } reading:
                _started[parameters.BenchmarkCase] = reading;
                break;
            case HostSignal.AfterActualRun when _started.TryRemove(parameters.BenchmarkCase, out var before)
                                                && InterferenceSample.Read(root, parameters.Process.Id) is { } after
                                                && InterferenceSample.Between(before, after) is { } sample:
                _measured[parameters.BenchmarkCase] = sample;
                break;
        }
    }

    /// <summary>Both shares, or nothing when they are unknown (no /proc, or too short a case): the column then shows ?.</summary>
    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        if (!_measured.TryRemove(results.BenchmarkCase, out var sample))
            yield break;
        yield return new Metric(InterferenceMetric.OtherCpu, sample.OtherShare);
        yield return new Metric(InterferenceMetric.Steal, sample.StealShare);
        yield return new Metric(InterferenceMetric.BusyCores, sample.BusyCores);
    }

    public void DisplayResults(ILogger logger)
    {
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];
}
