using System.Diagnostics;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;
using ConcurrencyBenchmarks.RunReporting.Interference;
using ConcurrencyBenchmarks.RunReporting.Platform;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>
/// The busy cores of an in-process case read a second way over the same window (BDN's BeforeActualRun to AfterActualRun):
/// .NET's CPU time of this process and the C library's of the children it waited for, instead of /proc, less the
/// background compiler's, over the wall time. The busy cores column is held against this, not against a fixed number:
/// a shared machine's steal and the host's other threads take from both readings alike.
/// </summary>
public sealed class CpuTimeBeside : IDiagnoser
{
    private readonly Dictionary<string, double> _busyCores = [];
    private (TimeSpan Cpu, long At, IReadOnlyDictionary<int, long> Compiling)? _started;

    /// <summary>What this reading found for the case of <paramref name="method"/>.</summary>
    public double BusyCores(string method) => _busyCores[method];

    public IEnumerable<string> Ids => ["CpuTimeBeside"];
    public IEnumerable<IExporter> Exporters => [];
    public IEnumerable<IAnalyser> Analysers => [];
    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        if (signal == HostSignal.BeforeActualRun)
            _started = (Cpu(), Stopwatch.GetTimestamp(), OsReaders.Current.ReadCompilerThreads());
        else if (signal == HostSignal.AfterActualRun && _started is var (cpu, at, compiling))
        {
            var wall = Stopwatch.GetElapsedTime(at);
            var compiled = CompilerThreads.Between(compiling, OsReaders.Current.ReadCompilerThreads());
            _busyCores[parameters.BenchmarkCase.Descriptor.WorkloadMethod.Name] = ((Cpu() - cpu).Ticks * 100.0 - compiled) / (wall.Ticks * 100.0);
        }
    }

    private static TimeSpan Cpu() => Environment.CpuUsage.TotalTime + (WaitedChildren.CpuTime() ?? TimeSpan.Zero);

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results) => [];

    public void DisplayResults(ILogger logger)
    {
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];
}
