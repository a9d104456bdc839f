using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.RunReporting.Interference;
using ConcurrencyBenchmarks.RunReporting.Platform;
using ConcurrencyBenchmarks.RunReporting.Platform.Linux;
using ConcurrencyBenchmarks.RunReporting.Platform.MacOS;
using ConcurrencyBenchmarks.RunReporting.Platform.Windows;
using ConcurrencyBenchmarks.RunReporting.PoolThreads;
using ConcurrencyBenchmarks.Tests.Reporting;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Platform;

/// <summary>Two threads spinning long enough for busy cores and interference to be read where the OS has the times.</summary>
public class TinySpinningBenchmarks
{
    [Benchmark]
    public void TwoSpinningThreads() => TinyBusyBenchmarks.SpinOnTwoThreads(TimeSpan.FromMilliseconds(300));
}

/// <summary>
/// The OS seam: each OS gets its readers once, and where they have no source (an OS without readers of its own, run
/// here through the portable readers) the columns show ? and the rest still works.
/// </summary>
public class OsReadersTests
{
    [Fact]
    public void Linux_Windows_and_macOS_get_their_own_readers_and_every_other_os_the_portable_ones()
    {
        var expected = OperatingSystem.IsLinux() ? typeof(LinuxReaders)
            : OperatingSystem.IsWindows() ? typeof(WindowsReaders)
            : OperatingSystem.IsMacOS() ? typeof(MacReaders)
            : typeof(PortableReaders);
        Assert.IsType(expected, OsReaders.Current);
        Assert.Equal(OsReaders.Current.Unread is { } unread ? $" ({unread})" : "", OsReaders.UnreadNote);
        Assert.Equal(OperatingSystem.IsLinux(), OsReaders.UnreadNote == "");
    }

    [Fact]
    public void Linux_keeps_the_first_15_characters_of_the_runtimes_thread_names_and_the_readers_look_for_those()
    {
        Assert.Equal(".NET Tiered Com", RuntimeThreadNames.AsLinuxKeepsIt(RuntimeThreadNames.Compiler)); // as /proc/self/task/*/comm shows it
        Assert.Equal(".NET TP Worker", RuntimeThreadNames.AsLinuxKeepsIt(RuntimeThreadNames.PoolWorker)); // short enough to keep whole
    }

    [Fact]
    public void The_portable_readers_count_only_this_process_pool_and_say_what_they_cannot_read()
    {
        var portable = new PortableReaders();

        Assert.Equal(ThreadPool.ThreadCount, portable.PoolThreads(Environment.ProcessId));
        Assert.Null(portable.PoolThreads(Environment.ProcessId + 1)); // another process's threads: .NET cannot count them
        Assert.Null(InterferenceSample.Read(Environment.ProcessId, Environment.ProcessId, portable));
        Assert.Null(portable.Topology()); // the probe then takes BDN's host information
        Assert.Contains("interference and busy cores are ?", portable.Unread);
        Assert.False(string.IsNullOrWhiteSpace(portable.Kernel));
    }

    [RequiresProcFact]
    public void Linux_readers_read_a_machine_and_this_process_tree()
    {
        var linux = new LinuxReaders();

        Assert.NotNull(InterferenceSample.Read(Environment.ProcessId, Environment.ProcessId, linux));
        Assert.True(linux.PoolThreads(Environment.ProcessId) >= 0);
        Assert.Null(linux.Unread);
    }

    [RequiresProcFact]
    public void On_Linux_a_worker_that_exited_still_counts_in_the_tree_as_on_Windows_and_macOS()
    {
        var (before, after, _) = ExitedWorker.Measure(new LinuxReaders());

        Assert.True(after.Machine.Busy > before.Machine.Busy, "the machine's busy ticks did not advance while a worker spun");
    }

    [Fact]
    public void Without_machine_times_a_real_run_shows_question_marks_for_busy_cores_and_interference()
    {
        var summary = InProcessMonitoring.Run<TinySpinningBenchmarks>(new InterferenceDiagnoser(new PortableReaders()), BusyCoresColumn.Default, iterations: 3);
        try
        {
            Assert.All(summary.BenchmarksCases, c =>
            {
                Assert.Equal("?", BusyCoresColumn.Default.GetValue(summary, c));
                Assert.Equal("?", InterferenceColumn.Default.GetValue(summary, c));
            });
        }
        finally
        {
            InProcessMonitoring.CleanUp(summary);
        }
    }

    [Fact]
    public void In_process_the_portable_readers_count_the_pool_from_the_runtime()
    {
        var summary = InProcessMonitoring.Run<TinyPoolBenchmarks>(new PoolThreadsDiagnoser(new PortableReaders()), PoolThreadsColumn.Default, iterations: 3);
        try
        {
            var onPool = summary.BenchmarksCases.Single(c => c.Descriptor.WorkloadMethod.Name == nameof(TinyPoolBenchmarks.ThreadPool));
            var offPool = summary.BenchmarksCases.Single(c => c.Descriptor.WorkloadMethod.Name == nameof(TinyPoolBenchmarks.Threads));

            Assert.True(PoolThreadsColumn.Of(summary[onPool]) >= 8, $"pool threads: {PoolThreadsColumn.Of(summary[onPool])}");
            Assert.Equal("-", PoolThreadsColumn.Default.GetValue(summary, offPool));
        }
        finally
        {
            InProcessMonitoring.CleanUp(summary);
        }
    }
}
