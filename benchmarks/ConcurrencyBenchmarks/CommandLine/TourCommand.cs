using ConcurrencyBenchmarks.Tour;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary><c>tour</c>: the seed's experiment, run directly (no BDN), in seconds; with <c>--python</c> beside one CPython or more.</summary>
public static class TourCommand
{
    public const string Name = "tour";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        if (TourOptions.Parse(args, output) is not { } options)
            return ExitCodes.Success;
        var pythons = options.Python ? PythonTour.Find(options.Pythons) : []; // before anything runs: fail fast
        Thread.CurrentThread.Name ??= "MainThread"; // the name CPython gives its main thread

        output.WriteLine($"The seed's experiment in .NET: {options.Workers} workers, each workload Serial, on Threads and in Processes.");
        var results = new List<TourResult>();
        foreach (var result in SeedExperiment.Run(options))
        {
            output.WriteLine($"-- {result.Workload}, {result.Strategy}: {result.Wall.TotalSeconds:0.000} s");
            foreach (var line in result.WorkerLines)
                output.WriteLine("  " + line);
            results.Add(result);
        }

        var pythonRuns = new List<PythonRun>();
        foreach (var python in pythons)
        {
            output.WriteLine($"The same experiment in {python}:");
            pythonRuns.Add(PythonTour.Run(python, options, output));
        }
        TourReport.Write(output, options, results, pythonRuns);
        if (options.Python && pythonRuns.All(run => run.Interpreter.GilEnabled))
            output.WriteLine(TourReport.OnlyGilBuilds(PythonTour.FreeThreadedOnPath()));
        return ExitCodes.Success;
    }
}
