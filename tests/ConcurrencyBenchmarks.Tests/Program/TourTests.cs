using System.Diagnostics;
using System.Text.RegularExpressions;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Program;

/// <summary>`tour`: the seed's experiment, as a newcomer runs it.</summary>
public class TourTests : NoLeftoverProcesses
{
    private static ProcessResult Tour(params string[] args) =>
        ProcessRunner.RunDotnet("ConcurrencyBenchmarks", ["tour", .. args]);

    /// <summary>The worker lines printed under "-- workload, strategy".</summary>
    private static string[] Lines(string output, string heading) =>
        output.Split('\n').SkipWhile(l => !l.StartsWith($"-- {heading}:")).Skip(1)
            .TakeWhile(l => l.StartsWith("  PID: ")).Select(l => l.Trim()).ToArray();

    private static string Field(string line, string name) => Regex.Match(line, $"{name}: ([^,]+)").Groups[1].Value;

    [Fact]
    public void Prints_one_line_per_worker_then_the_table_and_what_it_means()
    {
        var result = Tour("--workers", "3", "--sleep", "50ms", "--iterations", "1e6");

        Assert.Equal(0, result.ExitCode);
        var output = result.StandardOutput;
        foreach (var workload in new[] { "OnlySleep", "CrunchNumbers" })
        {
            var serial = Lines(output, $"{workload}, Serial");
            var threads = Lines(output, $"{workload}, Threads");
            var processes = Lines(output, $"{workload}, Processes");
            Assert.Equal(3, serial.Length);
            Assert.Equal(3, threads.Length);
            Assert.Equal(3, processes.Length);
            Assert.Single(serial.Select(l => Field(l, "Thread Name")).Distinct());            // all on the main thread
            Assert.Equal(3, threads.Select(l => Field(l, "Thread Name")).Distinct().Count()); // a thread each
            Assert.Equal(3, processes.Select(l => Field(l, "PID")).Distinct().Count());       // a process each
            Assert.DoesNotContain(processes, l => Field(l, "PID") == Field(serial[0], "PID"));
            Assert.Matches($@"\| {workload} \| Threads \| \d+\.\d{{3}} s \| \d+\.\d\d× \|", output);
        }
        Assert.Contains("OnlySleep: threads ran the waits", output);
        Assert.Contains("CrunchNumbers: .NET threads counted", output);
    }

    [Theory]
    [InlineData(new[] { "--workers", "0" }, "--workers '0' is not valid")]
    [InlineData(new[] { "--workers", "65" }, "--workers '65' is not valid")]
    [InlineData(new[] { "--sleep", "soon" }, "--sleep 'soon' is not valid")]
    [InlineData(new[] { "--iterations", "-1" }, "--iterations '-1' is not valid")]
    [InlineData(new[] { "--sleep" }, "--sleep needs a value")]
    [InlineData(new[] { "--fast", "yes" }, "unknown tour option '--fast'")]
    public void Bad_options_exit_2_with_one_line(string[] args, string message)
    {
        var result = Tour(args);

        Assert.Equal(2, result.ExitCode);
        var error = result.StandardError.TrimEnd();
        Assert.DoesNotContain('\n', error);
        Assert.Contains(message, error);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public void Python_without_python3_on_the_path_says_so_in_one_line_and_exits_2()
    {
        var empty = Directory.CreateTempSubdirectory("cb-nopython-").FullName;
        try
        {
            var dotnet = Process.GetCurrentProcess().MainModule!.FileName; // the test host's own runtime
            var start = new ProcessStartInfo(Path.GetFileNameWithoutExtension(dotnet) == "dotnet" ? dotnet : "/usr/bin/dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ConcurrencyBenchmarks.dll"), "tour", "--python" })
                start.ArgumentList.Add(arg);
            start.Environment["PATH"] = empty;
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();

            Assert.Equal(2, process.ExitCode);
            Assert.Equal("ConcurrencyBenchmarks: --python needs python3 on the PATH, and there is none", error.Trim());
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [RequiresPythonFact]
    public void Python_runs_the_same_experiment_in_CPython_side_by_side()
    {
        var result = Tour("--workers", "2", "--sleep", "20ms", "--iterations", "1e6", "--python", "--python-iterations", "100000");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| Workload | Strategy | .NET wall time | .NET speedup | CPython wall time | CPython speedup |", result.StandardOutput);
        Assert.Matches(@"\| CrunchNumbers \| Threads \| [\d.]+ s \| [\d.]+× \| [\d.]+ s \| [\d.]+× \|", result.StandardOutput);
        Assert.Contains("python: PID: ", result.StandardOutput);
        Assert.Contains("held to one core by the GIL", result.StandardOutput);
    }

    [Fact]
    public void Ctrl_C_during_the_processes_leaves_no_worker_behind()
    {
        // Through env, with SIGINT at its default as in a terminal: a process started in the background
        // (as a CI script may be) inherits SIGINT ignored, and then rightly takes no notice of it.
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "ConcurrencyBenchmarks.dll"), "tour", "--workers", "2", "--sleep", "3s" })
            start.ArgumentList.Add(arg);
        using var tour = Process.Start(start)!;
        _ = tour.StandardOutput.ReadToEndAsync();
        _ = tour.StandardError.ReadToEndAsync();
        try
        {
            // Serial and Threads sleep first; then the Processes phase starts two worker processes.
            var workers = WaitFor(() => WorkersOf(tour.Id), found => found.Length == 2, TimeSpan.FromSeconds(60));
            Assert.Equal(2, workers.Length);

            using (var kill = Process.Start("kill", ["-INT", tour.Id.ToString()]))
                kill.WaitForExit();
            Assert.True(tour.WaitForExit(TimeSpan.FromSeconds(30)), "the tour did not end on SIGINT");

            var alive = WaitFor(() => workers.Where(pid => Directory.Exists($"/proc/{pid}")).ToArray(), a => a.Length == 0, TimeSpan.FromSeconds(10));
            Assert.Empty(alive);
        }
        finally
        {
            if (!tour.HasExited)
                tour.Kill(entireProcessTree: true);
            tour.WaitForExit();
        }
    }

    private static int[] WorkersOf(int parent) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && ParentOf(pid) == parent && Command(pid).Contains("ConcurrencyBenchmarks.Worker"))
            .ToArray();

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
        }
        catch (IOException) { return -1; }
    }

    private static string Command(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline"); }
        catch (IOException) { return ""; }
    }

    private static T WaitFor<T>(Func<T> probe, Func<T, bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var value = probe();
        while (!done(value) && clock.Elapsed < limit)
        {
            Thread.Sleep(50);
            value = probe();
        }
        return value;
    }
}
