using System.Diagnostics;
using System.Text.RegularExpressions;
using ConcurrencyBenchmarks.Tests.Support;
using ConcurrencyBenchmarks.Tour;

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
    [InlineData(new[] { "--sleep" }, "Required argument missing for option: '--sleep'")]
    [InlineData(new[] { "--fast", "yes" }, "Unrecognized command or argument '--fast'")]
    [InlineData(new[] { "--python", "/nonexistent/python3.14t" }, "--python '/nonexistent/python3.14t' does not exist")]
    [InlineData(new[] { "--python", "python-not-installed-anywhere" }, "--python 'python-not-installed-anywhere' is not on the PATH")]
    [InlineData(new[] { "--python=", "--workers", "2" }, "--python needs a value")]
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
            var start = new ProcessStartInfo(DotnetHost.Path) // by its path: the PATH is emptied below
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
            Assert.Equal("ConcurrencyBenchmarks: --python needs python3 or python on the PATH, and there is none", error.Trim());
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void A_python_path_that_is_no_program_is_refused_in_one_line()
    {
        using var folder = new TemporaryFolder("cb-notpython-");
        var script = Path.Combine(folder.Path, "python.py");
        File.WriteAllText(script, "print('a script, not an interpreter')\n"); // no execute permission: the OS cannot start it

        var result = Tour("--python", script);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"ConcurrencyBenchmarks: --python '{script}' is not an interpreter this OS can start", result.StandardError.Trim());
        Assert.DoesNotContain('\n', result.StandardError.Trim());
    }

    [Fact]
    public void Each_OS_tries_its_own_python_names_and_finds_free_threaded_builds_with_or_without_exe()
    {
        Assert.Equal(["py", "python", "python3"], PythonTour.DefaultPythons(windows: true));
        Assert.Equal(["python3", "python"], PythonTour.DefaultPythons(windows: false));
        Assert.Equal(["python3.13t", "python3.14t"],
            PythonTour.FreeThreaded(["/c/Python314/python3.14t.exe", "/usr/bin/python3.13t", "/usr/bin/python3.14", "/opt/python3.14t", "/usr/bin/python3.14t-config"]));
    }

    [RequiresPythonFact]
    public void Python_runs_the_same_experiment_in_CPython_side_by_side()
    {
        var result = Tour("--workers", "2", "--sleep", "20ms", "--iterations", "1e6", "--python", "--python-iterations", "100000");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\| Workload \| Strategy \| \.NET wall time \| \.NET speedup \| CPython 3\.\d+t? wall time \| CPython 3\.\d+t? speedup \|", result.StandardOutput);
        Assert.Matches(@"\| CrunchNumbers \| Threads \| [\d.]+ s \| [\d.]+× \| [\d.]+ s \| [\d.]+× \|", result.StandardOutput);
        Assert.Contains("python: PID: ", result.StandardOutput);
        Assert.Matches(@"CPython 3\.\d+\.\d+\S* \(.*python3\): GIL (on|off)", result.StandardOutput);
    }

    [RequiresPythonFact]
    public void Each_python_worker_counts_to_a_limit_of_its_own_not_to_the_one_object_every_thread_shares()
    {
        // A free-threaded CPython's threads all updating the reference count of one shared limit counted 0.5-1.0x of
        // serially (docs/tour.md); the limit each counting frame compares against must be an int no other worker holds.
        var script = Path.Combine(AppContext.BaseDirectory, "tour.py");
        const string check = """
            import runpy, sys, threading
            tour = runpy.run_path(sys.argv[1])
            shared = int("100000")
            limits = {}
            def trace(frame, event, arg):
                if frame.f_code.co_name != "crunch_numbers":
                    return None
                if event == "line" and "limit" in frame.f_locals:
                    limits.setdefault(id(frame), frame.f_locals["limit"])
                return trace
            threading.settrace(trace)
            tour["threads"](tour["crunch_numbers"], shared, 2)
            limits = list(limits.values())
            assert len(limits) == 2, f"{len(limits)} counting frames seen"
            assert all(limit == shared and limit is not shared for limit in limits), "a worker counts to the shared object"
            assert limits[0] is not limits[1], "the workers share one limit"
            print("own limits")
            """;

        var result = ProcessRunner.Run("python3", ["-c", check, script]);

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        Assert.EndsWith("own limits", result.StandardOutput.Trim());
    }

    [RequiresPythonFact(stubScripts: true)]
    public void Python_reads_the_GIL_from_sys_is_gil_enabled_where_the_interpreter_has_it()
    {
        // python3 here may predate sys._is_gil_enabled; the stub runs the same tour.py in it with the function
        // present and saying False, as a free-threaded CPython's does.
        using var folder = new TemporaryFolder("cb-nogil-");
        var stub = Stub(folder.Path, "python-gil-off", """
            #!/bin/sh
            exec python3 -c 'import sys, runpy; sys._is_gil_enabled = lambda: False; script = sys.argv[1]; sys.argv = sys.argv[1:]; runpy.run_path(script, run_name="__main__")' "$@"
            """);

        var result = Tour("--workers", "2", "--sleep", "20ms", "--iterations", "1e6", "--python", "python3", stub, "--python-iterations", "100000");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\(.*/python3\): GIL (on \((no sys\._is_gil_enabled|sys\._is_gil_enabled\(\) is True)|off \(sys\._is_gil_enabled\(\) is False)", result.StandardOutput);
        Assert.Contains($"({stub}): GIL off (sys._is_gil_enabled() is False)", result.StandardOutput);
        Assert.Matches(@"\| CrunchNumbers \| Threads( \| [\d.]+( s|×)){6} \|", result.StandardOutput); // .NET and both Pythons
    }

    [RequiresStubScriptsFact]
    public void Each_python_is_described_and_its_GIL_decides_what_the_findings_say()
    {
        // Stub interpreters print what tour.py prints: one before sys._is_gil_enabled, one free-threaded whose
        // threads counted twice as fast as serially.
        using var folder = new TemporaryFolder("cb-stubpython-");
        var old = Stub(folder.Path, "python-old", StubPython("""{"implementation": "CPython", "version": "3.11.7", "free_threaded_build": false, "gil_enabled": null}""", threads: 1.0));
        var freeThreaded = Stub(folder.Path, "python-ft", StubPython("""{"implementation": "CPython", "version": "3.14.0", "free_threaded_build": true, "gil_enabled": false}""", threads: 0.5));

        var both = Tour("--workers", "2", "--sleep", "20ms", "--iterations", "1e6", "--python", old, $"--python={freeThreaded}");
        var gilOnly = Tour("--workers", "2", "--sleep", "20ms", "--iterations", "1e6", "--python", old);

        Assert.Equal(0, both.ExitCode);
        var output = both.StandardOutput;
        Assert.Contains($"CPython 3.11.7 ({old}): GIL on (no sys._is_gil_enabled: every CPython before 3.13 holds the GIL)", output);
        Assert.Contains($"CPython 3.14.0 ({freeThreaded}): GIL off (sys._is_gil_enabled() is False)", output);
        Assert.Contains("| CPython 3.11 wall time | CPython 3.11 speedup | CPython 3.14t wall time | CPython 3.14t speedup |", output);
        Assert.Contains("| CrunchNumbers | Threads |", output);
        Assert.Contains("CPython 3.11's threads reached 1.0×, held to one core by the GIL", output);
        Assert.Contains(Environment.ProcessorCount >= 2
            ? "CPython 3.14t, with no GIL, counted on threads 2.0× faster"
            : "CPython 3.14t has its GIL off, yet its threads reached only 2.0×", output);
        Assert.DoesNotContain("Only GIL builds", output);
        Assert.DoesNotContain("Every Python here held the GIL", output);

        Assert.Equal(0, gilOnly.ExitCode);
        var gilLine = Assert.Single(gilOnly.StandardOutput.Split('\n'), l => l.Contains("Only GIL builds") || l.Contains("Every Python here held the GIL"));
        Assert.Contains("free-threaded", gilLine);
    }

    [RequiresStubScriptsTheory]
    [InlineData("exit 0", "did not run tour.py as a Python does (exit code 0, no INTERPRETER line)")]
    [InlineData("echo 'no such module' >&2; exit 3", "did not run tour.py as a Python does (exit code 3, no INTERPRETER line: no such module)")]
    [InlineData("echo 'INTERPRETER {not json'", "printed an INTERPRETER line that is not tour.py's")]
    public void A_python_that_does_not_run_the_script_as_a_Python_does_is_refused_in_one_line(string body, string message)
    {
        using var folder = new TemporaryFolder("cb-notpython-");
        var stub = Stub(folder.Path, "not-python", "#!/bin/sh\n" + body);

        var result = Tour("--workers", "1", "--sleep", "10ms", "--iterations", "1e5", "--python", stub);

        Assert.Equal(2, result.ExitCode);
        var error = result.StandardError.TrimEnd();
        Assert.DoesNotContain('\n', error);
        Assert.Contains($"--python '{stub}' {message}", error);
    }

    private static string StubPython(string interpreter, double threads) => $$$"""
        #!/bin/sh
        echo 'INTERPRETER {{{interpreter}}}'
        echo 'PID: 1, Process Name: MainProcess, Thread Name: MainThread'
        echo 'RESULT {"OnlySleep": {"Serial": 0.04, "Threads": 0.02, "Processes": 0.02}, "CrunchNumbers": {"Serial": 1.0, "Threads": {{{threads}}}, "Processes": 0.6}}'
        """;

    private static string Stub(string folder, string name, string script)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, script.Replace("\r\n", "\n") + "\n");
        if (!OperatingSystem.IsWindows()) // a shell script: these tests run where /bin/sh does
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    [RequiresSignalsFact]
    public void Ctrl_C_during_the_processes_leaves_no_worker_behind()
    {
        // SIGTERM, which the tour handles as it handles Ctrl+C's SIGINT: a process started in the background (as a
        // CI script or the test host may start it) can inherit SIGINT ignored, and then rightly takes no notice of it.
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ConcurrencyBenchmarks.dll"), "tour", "--workers", "2", "--sleep", "3s" })
            start.ArgumentList.Add(arg);
        using var tour = Process.Start(start)!;
        _ = tour.StandardOutput.ReadToEndAsync();
        _ = tour.StandardError.ReadToEndAsync();
        try
        {
            // Serial and Threads sleep first; then the Processes phase starts two worker processes.
            var workers = WaitFor(() => WorkersOf(tour.Id), found => found.Length == 2, TimeSpan.FromSeconds(60));
            Assert.Equal(2, workers.Length);

            Signals.Terminate(tour.Id);
            Assert.True(tour.WaitForExit(TimeSpan.FromSeconds(30)), "the tour did not end on SIGTERM");

            var alive = WaitFor(() => workers.Where(ProcessTable.IsAlive).ToArray(), a => a.Length == 0, TimeSpan.FromSeconds(10));
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
        (ProcessTable.Read() ?? []).Where(row => row.Parent == parent && row.Command.Contains("ConcurrencyBenchmarks.Worker")).Select(row => row.Pid).ToArray();

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
