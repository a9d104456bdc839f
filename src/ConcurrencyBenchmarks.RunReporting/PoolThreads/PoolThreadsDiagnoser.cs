using System.Collections.Concurrent;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;
using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.RunReporting.Platform;

namespace ConcurrencyBenchmarks.RunReporting.PoolThreads;

/// <summary>
/// Watches the benchmark process's thread pool from the host while the measured iterations of a case on the pool run:
/// every few milliseconds it counts the pool's threads (<see cref="IOsReaders.PoolThreads"/>) and keeps the most it saw. Nothing
/// is added to the measured code; where the OS's readers cannot count them it records nothing.
/// </summary>
public sealed class PoolThreadsDiagnoser(IOsReaders? readers = null) : IDiagnoser
{
    private readonly IOsReaders _readers = readers ?? OsReaders.Current;

    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(10);

    private readonly ConcurrentDictionary<BenchmarkCase, Watch> _watching = new();
    private readonly ConcurrentDictionary<BenchmarkCase, int> _most = new();

    public IEnumerable<string> Ids => ["PoolThreads"];
    public IEnumerable<IExporter> Exporters => [];
    public IEnumerable<IAnalyser> Analysers => [];

    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        switch (signal)
        {
            // Only the strategies on the pool: sampling the threads costs the host CPU that a counting case would miss.
            case HostSignal.BeforeActualRun when OnPool(parameters.BenchmarkCase) && Watch.Start(_readers, parameters.Process.Id, Every) is { } watch:
                _watching[parameters.BenchmarkCase] = watch;
                break;
            case HostSignal.AfterActualRun when _watching.TryRemove(parameters.BenchmarkCase, out var watch):
                _most[parameters.BenchmarkCase] = watch.Stop();
                break;
        }
    }

    /// <summary>Whether the case's strategy runs on the thread pool (its method names a strategy of the catalog that does).</summary>
    public static bool OnPool(BenchmarkCase benchmarkCase) =>
        StrategyCatalog.Find(benchmarkCase.Descriptor.WorkloadMethod.Name) is { RunsOnThreadPool: true };

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        // A case on the pool runs on at least one of its threads: none seen means the OS showed no names to count
        // by (a runtime before .NET 10 on macOS), and a 0 would mislead where ? says it was not measured.
        if (_most.TryRemove(results.BenchmarkCase, out var most) && most > 0)
            yield return new Metric(PoolThreadsMetric.Instance, most);
    }

    public void DisplayResults(ILogger logger)
    {
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    /// <summary>Counts a process's pool threads on a timer and keeps the most.</summary>
    private sealed class Watch
    {
        private readonly IOsReaders _readers;
        private readonly int _pid;
        private readonly Timer _timer;
        private int _most;

        private Watch(IOsReaders readers, int pid, int first, TimeSpan every)
        {
            _readers = readers;
            _pid = pid;
            _most = first;
            _timer = new Timer(_ => Sample(), null, every, every);
        }

        /// <summary>Starts watching, or null where the process's pool cannot be counted.</summary>
        public static Watch? Start(IOsReaders readers, int pid, TimeSpan every) =>
            readers.PoolThreads(pid) is { } first ? new Watch(readers, pid, first, every) : null;

        public int Stop()
        {
            using (var stopped = new ManualResetEvent(false))
            {
                _timer.Dispose(stopped); // waits for a sample under way
                stopped.WaitOne();
            }
            Sample();
            return Volatile.Read(ref _most);
        }

        private void Sample()
        {
            if (_readers.PoolThreads(_pid) is not { } count)
                return;
            int seen;
            do
                seen = Volatile.Read(ref _most);
            while (count > seen && Interlocked.CompareExchange(ref _most, count, seen) != seen);
        }
    }
}
