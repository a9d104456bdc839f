using ConcurrencyBenchmarks.CommandLine;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>What the suite adds to a run: its commands' help, and its worker: which one ran, and the NativeAOT start-up case only where the build made it.</summary>
public static class SuiteAdditions
{
    public static RunAdditions Instance => new(SuiteHelp.Text, [NativeWorkerFilter.Default], WorkerNote.Describe,
        () => NativeWorkerFilter.Default.LeavesOut ? NativeWorkerFilter.LeftOut : null);
}
