using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.Workloads.Protocol;

namespace ConcurrencyBenchmarks;

/// <summary>
/// What a process costs in .NET: start one worker that does nothing, and wait for it to exit, for each way the
/// worker can be compiled. The floor under every number of the Processes strategy.
/// </summary>
[BenchmarkCategory(Categories.Startup)]
[IterationCount(30)] // a few milliseconds each: more iterations for a steady median, still well under a second
public class WorkerStartupBenchmarks
{
    private static readonly WorkerCommand NoOp = WorkerCommand.CrunchNumbers(0);
    private WorkerLocator.WorkerExecutable _jit = null!, _readyToRun = null!, _nativeAot = null!;

    // One setup per flavour: a build without the NativeAOT worker still runs the other two.
    [GlobalSetup(Target = nameof(Jit))]
    public void SetupJit() => _jit = WorkerLocator.Find(AppContext.BaseDirectory, WorkerFlavour.Jit);

    [GlobalSetup(Target = nameof(ReadyToRun))]
    public void SetupReadyToRun() => _readyToRun = WorkerLocator.Find(AppContext.BaseDirectory, WorkerFlavour.ReadyToRun);

    [GlobalSetup(Target = nameof(NativeAot))]
    public void SetupNativeAot() => _nativeAot = WorkerLocator.Find(AppContext.BaseDirectory, WorkerFlavour.NativeAot);

    [Benchmark(Baseline = true)]
    public IReadOnlyList<WorkerOutput> Jit() => ProcessesStrategy.Run(1, NoOp, _jit);

    [Benchmark]
    public IReadOnlyList<WorkerOutput> ReadyToRun() => ProcessesStrategy.Run(1, NoOp, _readyToRun);

    [Benchmark]
    public IReadOnlyList<WorkerOutput> NativeAot() => ProcessesStrategy.Run(1, NoOp, _nativeAot);
}
