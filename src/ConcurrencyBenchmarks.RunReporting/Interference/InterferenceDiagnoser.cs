using System.Collections.Concurrent;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;
using ConcurrencyBenchmarks.RunReporting.Platform;

namespace ConcurrencyBenchmarks.RunReporting.Interference;

/// <summary>
/// Records, per case, how much of the machine the rest of it took while the case's measured iterations ran: CPU time
/// of processes outside this process tree (the host, the benchmark process and every worker it started), and the
/// hypervisor's steal. Read through the OS's readers (<see cref="IOsReaders"/>) in the host, between BDN's BeforeActualRun and AfterActualRun signals, so it
/// costs the measured code nothing. From the same readings, the busy cores: the benchmark tree's own CPU time (to the
/// nanosecond) over the wall time. Where the OS gives no such times, or for a case too short to tell (interference: under
/// <see cref="InterferenceSample.MinimumTicks"/> ticks; busy cores: under <see cref="InterferenceSample.MinimumBusyWall"/>),
/// it records nothing (shown as ?).
/// </summary>
public sealed class InterferenceDiagnoser(IOsReaders? readers = null) : IDiagnoser
{
    private readonly IOsReaders _readers = readers ?? OsReaders.Current;
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
            case HostSignal.BeforeActualRun when InterferenceSample.Read(root, parameters.Process.Id, _readers) is { } reading:
                _started[parameters.BenchmarkCase] = reading;
                break;
            case HostSignal.AfterActualRun when _started.TryRemove(parameters.BenchmarkCase, out var before)
                                                && InterferenceSample.Read(root, parameters.Process.Id, _readers) is { } after
                                                && InterferenceSample.Between(before, after) is { } sample:
                _measured[parameters.BenchmarkCase] = sample;
                break;
        }
    }

    /// <summary>Both shares and the busy cores, each left out when unknown (no source on this OS, or too short a case): its column then shows ?.</summary>
    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        if (!_measured.TryRemove(results.BenchmarkCase, out var sample))
            yield break;
        if (sample is { OtherShare: { } other, StealShare: { } steal })
        {
            yield return new Metric(InterferenceMetric.OtherCpu, other);
            yield return new Metric(InterferenceMetric.Steal, steal);
        }
        if (sample.BusyCores is { } cores)
            yield return new Metric(InterferenceMetric.BusyCores, cores);
    }

    public void DisplayResults(ILogger logger)
    {
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];
}
