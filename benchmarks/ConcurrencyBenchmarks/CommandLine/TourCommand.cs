using ConcurrencyBenchmarks.Tour;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary><c>tour</c>: the seed's experiment, run directly (no BDN), in seconds; with <c>--python</c> beside CPython.</summary>
public static class TourCommand
{
    public const string Name = "tour";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = TourOptions.Parse(args);
        var python = options.Python ? PythonTour.FindPython() : null; // before anything runs: fail fast
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

        IReadOnlyList<TourResult>? pythonResults = null;
        if (python is not null)
        {
            output.WriteLine($"The same experiment in CPython ({python}):");
            pythonResults = PythonTour.Run(python, options, output);
        }
        TourReport.Write(output, options, results, pythonResults);
        return ExitCodes.Success;
    }
}
