using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.Hosting;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>
/// Leaves <c>WorkerStartupBenchmarks.NativeAot</c> out of a run whose build made no NativeAOT worker (no native
/// toolchain on the machine: the build said so in warning CBW001), so that machine runs every other case instead of
/// failing one it cannot have.
/// </summary>
public sealed class NativeWorkerFilter(Func<bool> hasNativeWorker) : IFilter
{
    public static readonly NativeWorkerFilter Default = new(() => WorkerLocator.Has(AppContext.BaseDirectory, WorkerFlavour.NativeAot));

    public const string LeftOut = "WorkerStartupBenchmarks.NativeAot is left out: the build made no NativeAOT worker (no native toolchain: see the build's warning CBW001)";

    /// <summary>Whether this build leaves the NativeAOT start-up case out.</summary>
    public bool LeavesOut => !hasNativeWorker();

    public bool Predicate(BenchmarkCase benchmarkCase) => !IsNativeStartup(benchmarkCase) || !LeavesOut;

    private static bool IsNativeStartup(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.Type == typeof(WorkerStartupBenchmarks)
        && benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(WorkerStartupBenchmarks.NativeAot);
}
