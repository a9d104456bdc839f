using System.Globalization;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks.Tour;

/// <summary>The tour's closing table of wall times and speed-ups, and one sentence per workload on what it means.</summary>
public static class TourReport
{
    private const string Crunch = "CrunchNumbers";

    public static void Write(TextWriter output, TourOptions options, IReadOnlyList<TourResult> dotnet, IReadOnlyList<PythonRun> pythons)
    {
        var labels = Labels(pythons);
        output.WriteLine();
        output.WriteLine("| Workload | Strategy | .NET wall time | .NET speedup |" + string.Concat(labels.Select(l => $" {l} wall time | {l} speedup |")));
        output.WriteLine("|---|---|---:|---:|" + string.Concat(pythons.Select(_ => "---:|---:|")));
        foreach (var result in dotnet)
        {
            var row = $"| {result.Workload} | {result.Strategy} | {Seconds(result.Wall)} | {Speedup(dotnet, result)} |";
            foreach (var python in pythons)
                row += python.Results.FirstOrDefault(p => p.Workload == result.Workload && p.Strategy == result.Strategy) is { } py
                    ? $" {Seconds(py.Wall)} | {Speedup(python.Results, py)} |"
                    : " - | - |";
            output.WriteLine(row);
        }
        output.WriteLine();
        output.WriteLine($"Cores: {Environment.ProcessorCount}. OnlySleep sleeps {Workloads.Duration.Format(options.Sleep)} per worker; "
                         + $"CrunchNumbers counts to {options.Iterations:N0} in .NET"
                         + (pythons.Count == 0 ? "." : $" and to {options.PythonIterations:N0} in Python." + StepCosts(options, dotnet, pythons, labels)));
        output.WriteLine(SleepSentence(dotnet));
        output.WriteLine(CrunchSentence(options, dotnet, pythons, labels));
    }

    /// <summary>One line for a tour whose Pythons all held the GIL: the free-threaded build is the other half of the story.</summary>
    public static string OnlyGilBuilds(IReadOnlyList<string> freeThreadedOnPath) =>
        freeThreadedOnPath.Count > 0
            ? $"Every Python here held the GIL; {freeThreadedOnPath[^1]} on the PATH is free-threaded: add --python {freeThreadedOnPath[^1]} to see its threads count in parallel."
            : "Only GIL builds of Python ran here, and no free-threaded CPython (python3.13t, python3.14t) is on the PATH: with one, add --python python3.14t to see threads count in parallel.";

    private static string SleepSentence(IReadOnlyList<TourResult> results) =>
        $"OnlySleep: threads ran the waits {Ratio(results, "OnlySleep", "Threads")}× and processes {Ratio(results, "OnlySleep", "Processes")}× "
        + "faster than one after another: a sleeping worker needs no core, so any concurrency overlaps the waits.";

    private static string CrunchSentence(TourOptions options, IReadOnlyList<TourResult> dotnet, IReadOnlyList<PythonRun> pythons, IReadOnlyList<string> labels)
    {
        var sentence = $"CrunchNumbers: .NET threads counted {Ratio(dotnet, Crunch, "Threads")}× faster than serially "
                       + $"(at most {Parallelism(options)}× on {Environment.ProcessorCount} cores): no global lock, so threads use every core";
        if (pythons.Count == 0)
            return sentence + $"; processes ({Ratio(dotnet, Crunch, "Processes")}×) do too, after paying their start-up.";
        return sentence + "; " + string.Join("; ", pythons.Select((python, i) => PythonCrunch(options, python, labels[i]))) + ".";
    }

    /// <summary>What one Python's threads did with the counting, said according to its GIL and to what was measured.</summary>
    private static string PythonCrunch(TourOptions options, PythonRun python, string label)
    {
        var threads = Ratio(python.Results, Crunch, "Threads");
        var processes = Ratio(python.Results, Crunch, "Processes");
        if (python.Interpreter.GilEnabled)
            return $"{label}'s threads reached {threads}×, held to one core by the GIL, and only its processes ({processes}×) ran in parallel";
        var parallel = Parallelism(options) >= 2 && RatioOf(python.Results, Crunch, "Threads") >= 1 + 0.5 * (Parallelism(options) - 1);
        return parallel
            ? $"{label}, with no GIL, counted on threads {threads}× faster, as .NET's threads do (processes {processes}×)"
            : $"{label} has its GIL off, yet its threads reached only {threads}× (processes {processes}×)";
    }

    /// <summary>How much longer a Python takes per counting step than .NET, from the two Serial runs.</summary>
    private static string StepCosts(TourOptions options, IReadOnlyList<TourResult> dotnet, IReadOnlyList<PythonRun> pythons, IReadOnlyList<string> labels)
    {
        if (options.Iterations == 0 || options.PythonIterations == 0)
            return "";
        var dotnetStep = Serial(dotnet, Crunch).TotalSeconds / options.Iterations;
        return " Per counting step " + string.Join(", ", pythons.Select((python, i) =>
            $"{labels[i]} took {(Serial(python.Results, Crunch).TotalSeconds / options.PythonIterations / dotnetStep).ToString("0", CultureInfo.InvariantCulture)}×"))
            + " as long as .NET.";
    }

    /// <summary>Each Python's column heading, numbered where two would read alike.</summary>
    private static string[] Labels(IReadOnlyList<PythonRun> pythons) =>
        pythons.Select((python, i) => pythons.Count(p => p.Interpreter.Label == python.Interpreter.Label) > 1
            ? $"{python.Interpreter.Label} #{i + 1}"
            : python.Interpreter.Label).ToArray();

    private static int Parallelism(TourOptions options) => Math.Min(Environment.ProcessorCount, options.Workers);

    private static TimeSpan Serial(IReadOnlyList<TourResult> results, string workload) =>
        results.First(r => r.Workload == workload && r.Strategy == SerialStrategy.Instance.Name).Wall;

    private static double RatioOf(IReadOnlyList<TourResult> results, string workload, string strategy) =>
        Serial(results, workload) / results.First(r => r.Workload == workload && r.Strategy == strategy).Wall;

    private static string Ratio(IReadOnlyList<TourResult> results, string workload, string strategy) =>
        RatioOf(results, workload, strategy).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Speedup(IReadOnlyList<TourResult> results, TourResult result) =>
        (Serial(results, result.Workload) / result.Wall).ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static string Seconds(TimeSpan wall) => wall.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";
}
