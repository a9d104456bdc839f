using System.Collections.Concurrent;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace ConcurrencyBenchmarks.Reporting.PoolThreads;

/// <summary>
/// Watches the benchmark process's thread pool from the host while a case's measured iterations run: every few
/// milliseconds it counts the pool's threads (<see cref="PoolThreadCount"/>) and keeps the most it saw. Nothing is
/// added to the measured code; without /proc it records nothing.
/// </summary>
public sealed class PoolThreadsDiagnoser : IDiagnoser
{
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
            case HostSignal.BeforeActualRun when PoolThreadCount.Of(parameters.Process.Id) is not null:
                _watching[parameters.BenchmarkCase] = new Watch(parameters.Process.Id, Every);
                break;
            case HostSignal.AfterActualRun when _watching.TryRemove(parameters.BenchmarkCase, out var watch):
                _most[parameters.BenchmarkCase] = watch.Stop();
                break;
        }
    }

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        if (_most.TryRemove(results.BenchmarkCase, out var most))
            yield return new Metric(PoolThreadsMetric.Instance, most);
    }

    public void DisplayResults(ILogger logger)
    {
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    /// <summary>Counts a process's pool threads on a timer and keeps the most.</summary>
    private sealed class Watch
    {
        private readonly int _pid;
        private readonly Timer _timer;
        private int _most;

        public Watch(int pid, TimeSpan every)
        {
            _pid = pid;
            Sample();
            _timer = new Timer(_ => Sample(), null, every, every);
        }

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
            if (PoolThreadCount.Of(_pid) is not { } count)
                return;
            int seen;
            do
                seen = Volatile.Read(ref _most);
            while (count > seen && Interlocked.CompareExchange(ref _most, count, seen) != seen);
        }
    }
}
