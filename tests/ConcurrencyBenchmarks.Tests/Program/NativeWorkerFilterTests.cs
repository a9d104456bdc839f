using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.Suite;

namespace ConcurrencyBenchmarks.Tests.Program;

/// <summary>A build without a native toolchain runs every start-up case it has, and leaves out only the one it cannot.</summary>
public class NativeWorkerFilterTests
{
    private static string[] StartupCases(bool hasNativeWorker) =>
        BenchmarkConverter.TypeToBenchmarks(typeof(WorkerStartupBenchmarks),
                ManualConfig.CreateEmpty().AddJob(Job.Dry).AddFilter(new NativeWorkerFilter(() => hasNativeWorker)))
            .BenchmarksCases.Select(c => c.Descriptor.WorkloadMethod.Name).ToArray();

    [Fact]
    public void Without_a_NativeAOT_worker_only_its_startup_case_is_left_out()
    {
        Assert.Equal(["Jit", "ReadyToRun"], StartupCases(hasNativeWorker: false));
        Assert.Equal(["Jit", "ReadyToRun", "NativeAot"], StartupCases(hasNativeWorker: true));
    }

    [Fact]
    public void Each_startup_case_sets_up_only_its_own_worker_so_a_missing_one_fails_no_other()
    {
        var cases = BenchmarkConverter.TypeToBenchmarks(typeof(WorkerStartupBenchmarks), ManualConfig.CreateEmpty().AddJob(Job.Dry)).BenchmarksCases;

        Assert.All(cases, c => Assert.Equal("Setup" + c.Descriptor.WorkloadMethod.Name, c.Descriptor.GlobalSetupMethod?.Name));
    }
}
