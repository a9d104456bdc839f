using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ConcurrencyBenchmarks.CommandLine;

namespace ConcurrencyBenchmarks.Tour;

/// <summary>Runs the same experiment in CPython (tour.py, shipped beside the program) for a side-by-side view.</summary>
public static class PythonTour
{
    public const string Script = "tour.py";

    /// <summary>The python3 on the PATH, or a usage error saying there is none.</summary>
    public static string FindPython()
    {
        var paths = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in OperatingSystem.IsWindows() ? new[] { "python3.exe", "python.exe" } : ["python3"])
            foreach (var dir in paths)
                if (File.Exists(Path.Combine(dir, name)))
                    return Path.Combine(dir, name);
        throw new UsageException("--python needs python3 on the PATH, and there is none");
    }

    /// <summary>Runs the script, echoing its worker lines, and returns its wall times per workload and strategy.</summary>
    public static IReadOnlyList<TourResult> Run(string python, TourOptions options, TextWriter output)
    {
        var script = Path.Combine(AppContext.BaseDirectory, Script);
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     script, "--workers", options.Workers.ToString(CultureInfo.InvariantCulture),
                     "--sleep-seconds", options.Sleep.TotalSeconds.ToString(CultureInfo.InvariantCulture),
                     "--iterations", options.PythonIterations.ToString(CultureInfo.InvariantCulture),
                 })
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string? result = null;
        try
        {
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith("RESULT ", StringComparison.Ordinal))
                    result = line["RESULT ".Length..];
                else
                    output.WriteLine("  python: " + line);
            }
            process.WaitForExit();
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
        if (process.ExitCode != 0 || result is null)
            throw new InvalidOperationException($"{Script} failed with exit code {process.ExitCode}: {errors.Result.Trim()}");

        using var json = JsonDocument.Parse(result);
        return json.RootElement.EnumerateObject()
            .SelectMany(workload => workload.Value.EnumerateObject()
                .Select(strategy => new TourResult(workload.Name, strategy.Name, TimeSpan.FromSeconds(strategy.Value.GetDouble()), [])))
            .ToArray();
    }
}
