using System.Collections.Concurrent;
using System.Diagnostics;
using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Workloads.Protocol;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks.Tour;

/// <summary>
/// The seed's experiment, run directly: each workload Serial, on Threads and in Processes, timed with a stopwatch.
/// Each worker notes who ran it as it starts, as the seed's workers do; the lines are printed after the clock stops.
/// </summary>
public static class SeedExperiment
{
    /// <summary>The strategies the seed itself runs (a plain loop, threading.Thread, multiprocessing.Process).</summary>
    public static readonly IStrategy[] Strategies = [.. StrategyCatalog.All.Where(s => s.SeedCounterpart is not null)];

    /// <summary>
    /// Counting is timed this many times and the fastest kept, as Python's timeit does: on a shared machine noise
    /// only ever adds time. Sleeping needs no CPU, so once is enough.
    /// </summary>
    public const int CrunchRepeats = 3;

    public static IEnumerable<TourResult> Run(TourOptions options)
    {
        foreach (var strategy in Strategies)
            yield return Time("OnlySleep", strategy, options.Workers, () => OnlySleep.Run(options.Sleep), WorkerCommand.OnlySleep(options.Sleep));
        foreach (var strategy in Strategies)
            yield return Enumerable.Range(0, CrunchRepeats)
                .Select(_ => Time("CrunchNumbers", strategy, options.Workers, () => CrunchNumbers.Run(options.Iterations), WorkerCommand.CrunchNumbers(options.Iterations)))
                .MinBy(r => r.Wall)!;
    }

    private static TourResult Time(string workload, IStrategy strategy, int workers, Action work, WorkerCommand command)
    {
        var lines = new ConcurrentDictionary<int, string>();
        Action<int> worker = i =>
        {
            lines[i] = WorkerIdentity.Current().ToString();
            work();
        };
        var clock = Stopwatch.StartNew();
        switch (strategy)
        {
            case IActionStrategy inProcess:
                inProcess.Run(workers, worker);
                break;
            case IProcessStrategy processes:
                using (var started = processes.Start(workers))
                {
                    var outputs = started.Run(command.WithIdentity());
                    for (var i = 0; i < outputs.Count; i++)
                        lines[i] = outputs[i].Split('\n')[0].Trim();
                }
                break;
            default:
                throw new NotSupportedException($"the tour cannot run {strategy.Name}");
        }
        clock.Stop();
        return new TourResult(workload, strategy.Name, clock.Elapsed, lines.OrderBy(l => l.Key).Select(l => l.Value).ToArray());
    }
}
