using System.Globalization;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks.Tour;

/// <summary>The tour's closing table of wall times and speed-ups, and one sentence per workload on what it means.</summary>
public static class TourReport
{
    public static void Write(TextWriter output, TourOptions options, IReadOnlyList<TourResult> dotnet, IReadOnlyList<TourResult>? python)
    {
        output.WriteLine();
        var header = python is null
            ? "| Workload | Strategy | .NET wall time | .NET speedup |"
            : "| Workload | Strategy | .NET wall time | .NET speedup | CPython wall time | CPython speedup |";
        output.WriteLine(header);
        output.WriteLine(python is null ? "|---|---|---:|---:|" : "|---|---|---:|---:|---:|---:|");
        foreach (var result in dotnet)
        {
            var row = $"| {result.Workload} | {result.Strategy} | {Seconds(result.Wall)} | {Speedup(dotnet, result)} |";
            if (python?.FirstOrDefault(p => p.Workload == result.Workload && p.Strategy == result.Strategy) is { } py)
                row += $" {Seconds(py.Wall)} | {Speedup(python, py)} |";
            output.WriteLine(row);
        }
        output.WriteLine();
        output.WriteLine($"Cores: {Environment.ProcessorCount}. OnlySleep sleeps {Workloads.Duration.Format(options.Sleep)} per worker; "
                         + $"CrunchNumbers counts to {options.Iterations:N0} in .NET"
                         + (python is null ? "." : $" and to {options.PythonIterations:N0} in CPython (about 140 times slower per step)."));
        output.WriteLine(SleepSentence(dotnet));
        output.WriteLine(CrunchSentence(dotnet, python));
    }

    private static string SleepSentence(IReadOnlyList<TourResult> results) =>
        $"OnlySleep: threads ran the waits {Ratio(results, "OnlySleep", "Threads")}× and processes {Ratio(results, "OnlySleep", "Processes")}× "
        + "faster than one after another: a sleeping worker needs no core, so any concurrency overlaps the waits.";

    private static string CrunchSentence(IReadOnlyList<TourResult> dotnet, IReadOnlyList<TourResult>? python)
    {
        var sentence = $"CrunchNumbers: .NET threads counted {Ratio(dotnet, "CrunchNumbers", "Threads")}× faster than serially "
                       + $"(at most {Math.Min(Environment.ProcessorCount, dotnet[0].WorkerLines.Count)}× on {Environment.ProcessorCount} cores): "
                       + "no global lock, so threads use every core";
        return python is null
            ? sentence + $"; processes ({Ratio(dotnet, "CrunchNumbers", "Processes")}×) do too, after paying their start-up."
            : sentence + $"; CPython's threads reached {Ratio(python, "CrunchNumbers", "Threads")}×, held to one core by the GIL, "
                       + $"and only its processes ({Ratio(python, "CrunchNumbers", "Processes")}×) ran in parallel.";
    }

    private static string Ratio(IReadOnlyList<TourResult> results, string workload, string strategy)
    {
        var serial = results.First(r => r.Workload == workload && r.Strategy == SerialStrategy.Instance.Name).Wall;
        var other = results.First(r => r.Workload == workload && r.Strategy == strategy).Wall;
        return (serial / other).ToString("0.0", CultureInfo.InvariantCulture);
    }

    private static string Speedup(IReadOnlyList<TourResult> results, TourResult result)
    {
        var serial = results.First(r => r.Workload == result.Workload && r.Strategy == SerialStrategy.Instance.Name).Wall;
        return (serial / result.Wall).ToString("0.00", CultureInfo.InvariantCulture) + "×";
    }

    private static string Seconds(TimeSpan wall) => wall.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";
}
