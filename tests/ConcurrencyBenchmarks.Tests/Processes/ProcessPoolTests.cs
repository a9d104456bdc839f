using System.Diagnostics;
using System.IO.Pipes;
using ConcurrencyBenchmarks.Hosting;
using ConcurrencyBenchmarks.Tests.Support;
using ConcurrencyBenchmarks.Workloads.Protocol;

namespace ConcurrencyBenchmarks.Tests.Processes;

public class ProcessPoolTests : NoLeftoverProcesses
{
    [Fact]
    public void Keeps_the_same_distinct_worker_processes_across_jobs_and_returns_correct_results()
    {
        using var pool = ProcessPool.Start(3);
        var pids = pool.ProcessIds;

        var counts = pool.Run(WorkerCommand.CrunchNumbers(400));
        var sleeps = pool.Run(WorkerCommand.OnlySleep(TimeSpan.FromMilliseconds(10)));

        Assert.Equal(3, pids.Distinct().Count());
        Assert.DoesNotContain(Environment.ProcessId, pids);
        Assert.Equal(pids, pool.ProcessIds);
        Assert.All(pids, pid => Assert.True(IsAlive(pid)));
        Assert.Equal(["400", "400", "400"], counts);
        Assert.Equal(["slept 10ms", "slept 10ms", "slept 10ms"], sleeps);
    }

    [Fact]
    public void A_garbled_request_gets_an_error_reply_and_the_worker_keeps_serving()
    {
        using var pool = ProcessPool.Start(1);

        var garbled = pool.Exchange(0, "hello there");
        var unknown = pool.Exchange(0, "RUN 41 dance 3");
        var malformed = pool.Exchange(0, "RUN 42 crunch lots");
        var overlong = pool.Exchange(0, "RUN 43 crunch " + new string('9', 100_000)); // read to its end, never held whole

        Assert.StartsWith("ERR - not a request: 'hello there'", garbled);
        Assert.Contains("cbw/1", garbled);
        Assert.StartsWith("ERR 41 unknown workload 'dance'", unknown);
        Assert.StartsWith("ERR 42 'lots' is not an iteration count", malformed);
        Assert.StartsWith("ERR - a request longer than 4096 characters", overlong);
        Assert.Equal(["7"], pool.Run(WorkerCommand.CrunchNumbers(7)));
    }

    [Fact]
    public void A_killed_worker_makes_the_pool_throw_with_its_exit_code_and_kill_the_others()
    {
        using var pool = ProcessPool.Start(2);
        var pids = pool.ProcessIds;
        using (var victim = Process.GetProcessById(pids[1]))
        {
            victim.Kill();
            victim.WaitForExit();
        }

        var e = Assert.Throws<WorkerFailedException>(() => pool.Run(WorkerCommand.CrunchNumbers(1)));

        Assert.Equal(1, e.Worker);
        Assert.Equal(128 + 9, e.ExitCode); // killed by SIGKILL
        Assert.Contains("worker 1", e.Message);
        Assert.False(IsAlive(pids[0]));
        Assert.Throws<InvalidOperationException>(() => pool.Run(WorkerCommand.CrunchNumbers(1)));
    }

    [Fact]
    public void A_worker_that_dies_mid_job_is_noticed_at_once_not_when_the_others_answer()
    {
        using var pool = ProcessPool.Start(2);
        var pids = pool.ProcessIds;
        var job = Task.Run(() => pool.Run(WorkerCommand.OnlySleep(TimeSpan.FromSeconds(20))));
        Assert.True(SpinWait.SpinUntil(() => pool.IsReading, TimeSpan.FromSeconds(30)), "the job never got under way");

        // The pool reads worker 0 first, which sleeps 20 s: only the exit watcher can end that read early.
        var clock = Stopwatch.StartNew();
        using (var victim = Process.GetProcessById(pids[1]))
            victim.Kill();
        var e = Assert.Throws<WorkerFailedException>(() => job.GetAwaiter().GetResult());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"noticed after {clock.Elapsed.TotalSeconds:0.0} s; the sleep ends at 20 s");
        Assert.Equal(1, e.Worker);
        Assert.Equal(128 + 9, e.ExitCode);
        Assert.False(IsAlive(pids[0])); // the other worker was killed too, not left sleeping
    }

    [Fact]
    public void A_job_that_ends_at_its_deadline_either_returns_with_the_pool_alive_or_times_out_never_both()
    {
        // A timer that fires as the answers arrive must not kill a pool whose job already returned.
        var pool = ProcessPool.Start(2);
        try
        {
            for (var round = 0; round < 40; round++)
            {
                try
                {
                    pool.Run(WorkerCommand.CrunchNumbers(1000), timeout: TimeSpan.FromMilliseconds(1));
                    Assert.Equal(["7", "7"], pool.Run(WorkerCommand.CrunchNumbers(7), timeout: TimeSpan.FromSeconds(30)));
                }
                catch (TimeoutException)
                {
                    Assert.All(pool.ProcessIds, pid => Assert.False(IsAlive(pid)));
                    pool.Dispose();
                    pool = ProcessPool.Start(2);
                }
            }
        }
        finally
        {
            pool.Dispose();
        }
    }

    [Fact]
    public void A_job_that_outlives_its_timeout_is_killed_with_a_TimeoutException_naming_the_workers()
    {
        using var pool = ProcessPool.Start(2);
        var pids = pool.ProcessIds;

        var e = Assert.Throws<TimeoutException>(() =>
            pool.Run(WorkerCommand.OnlySleep(TimeSpan.FromMinutes(5)), timeout: TimeSpan.FromSeconds(1)));

        Assert.Contains($"worker 0 (pid {pids[0]})", e.Message);
        Assert.Contains("did not answer 'sleep 300s' within 1s", e.Message);
        Assert.All(pids, pid => Assert.False(IsAlive(pid)));
    }

    [Fact]
    public void Dispose_ends_and_reaps_every_worker()
    {
        var pool = ProcessPool.Start(4);
        var pids = pool.ProcessIds;

        pool.Dispose();
        pool.Dispose(); // twice is harmless

        Assert.All(pids, pid => Assert.False(IsAlive(pid)));
        Assert.Throws<ObjectDisposedException>(() => pool.Run(WorkerCommand.CrunchNumbers(1)));
    }

    [RequiresNativeAotFact]
    public void The_build_made_a_NativeAOT_worker_and_the_pool_runs_it()
    {
        using var pool = ProcessPool.Start(2);

        Assert.Equal(WorkerFlavour.NativeAot, WorkerLocator.Default.Flavour);
        Assert.Equal(["NativeAOT", "NativeAOT"], pool.Runtimes);
    }

    [RequiresLinuxFact("a process's open descriptors and what each is (/proc/<pid>/fd)")]
    public void Workers_do_not_inherit_descriptors_they_were_not_given()
    {
        // An inheritable pipe, like those BDN hands its benchmark process.
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out, HandleInheritability.Inheritable);
        var pipeName = Target($"/proc/self/fd/{pipe.ClientSafePipeHandle.DangerousGetHandle()}");
        Assert.StartsWith("pipe:", pipeName);

        // Inherited descriptors exist from a process's start; the once-per-process scan then keeps them from workers.
        // This pipe is opened later, so it is handed to the scan as if it had been there from the start.
        InheritedHandles.KeepFromChildren();
        using var pool = ProcessPool.Start(2);

        foreach (var pid in pool.ProcessIds)
        {
            var open = Directory.GetFiles($"/proc/{pid}/fd").Select(Target).ToArray();
            Assert.DoesNotContain(pipeName, open);
        }
    }

    [Fact]
    public void Descriptors_are_scanned_once_per_process_not_in_every_measured_start()
    {
        ProcessPool.Start(1).Dispose();
        ProcessesStrategy.Run(2, WorkerCommand.CrunchNumbers(1));
        ProcessPool.Start(1).Dispose();

        Assert.Equal(1, InheritedHandles.Scans);
    }

    private static string Target(string link) => new FileInfo(link).LinkTarget ?? "";

    private static bool IsAlive(int pid) => ProcessTable.IsAlive(pid);
}
