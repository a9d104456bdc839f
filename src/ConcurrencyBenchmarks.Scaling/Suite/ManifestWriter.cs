using System.Reflection;
using BenchmarkDotNet.Environments;
using BenchmarkDotNet.Reports;
using ConcurrencyBenchmarks.RunReporting.Exporters;
using ConcurrencyBenchmarks.RunReporting.Record;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>Writes the run's manifest (<see cref="RunManifest"/>) beside its reports once the capacity has been measured again.</summary>
public static class ManifestWriter
{
    /// <summary>
    /// Removes an earlier run's manifest before this run writes its reports: should this run stop before writing its
    /// own, its reports must not pass for that run's (the offline tools would refuse them as another run's, rightly).
    /// </summary>
    public static void RemoveEarlier(string? artifacts)
    {
        var path = artifacts is null ? null : Path.Combine(artifacts, "results", RunManifest.FileName);
        if (path is null || !File.Exists(path))
            return;
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.WriteLine($"// An earlier run's {RunManifest.FileName} could not be removed ({e.Message}); this run will replace it when it ends");
        }
    }

    /// <param name="started">When the run began: the full JSON reports written since are this run's.</param>
    /// <returns>The manifest's path, or null when the run wrote no results folder (a listing, say).</returns>
    public static string? Write(IReadOnlyList<Summary> summaries, RunEnvironment environment, IReadOnlyList<string> arguments, DateTimeOffset started)
    {
        if (summaries.FirstOrDefault()?.ResultsDirectoryPath is not { } folder || !Directory.Exists(folder))
            return null;
        var reports = Directory.GetFiles(folder, "*-report-full.json")
            .Where(f => File.GetLastWriteTimeUtc(f) >= started.UtcDateTime.AddSeconds(-1))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        var suite = typeof(ManifestWriter).Assembly;
        var measured = summaries.SelectMany(s => s.BenchmarksCases).FirstOrDefault()?.Descriptor.Type.Assembly ?? suite;
        var host = HostEnvironmentInfo.GetCurrent();
        var cpu = host.Cpu.Value;
        var manifest = new RunManifest(
            Suite: suite.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            Commit: BuildInfo.CommitOf(measured) ?? BuildInfo.CommitOf(suite),
            Started: started,
            Finished: DateTimeOffset.UtcNow,
            Arguments: arguments,
            Machine: new RunMachine(cpu.ProcessorName ?? "?", cpu.LogicalCoreCount, cpu.PhysicalCoreCount, host.Os.Value.ToString(),
                host.RuntimeVersion, environment.Topology?.Describe()),
            Processors: environment.Processors,
            Sizes: new RunSizes(SuiteSizes.Workers, SuiteSizes.Sleep, SuiteSizes.Iterations),
            CapacityBefore: RunManifest.PointsOf(environment.Capacity),
            CapacityAfter: RunManifest.PointsOf(environment.CapacityAfter),
            CapacityHeld: environment.CapacityHeld,
            Reports: reports,
            Cases: summaries.Sum(s => s.BenchmarksCases.Length),
            FailedCases: summaries.Sum(s => s.BenchmarksCases.Length - s.Reports.Count(r => r.Success)),
            Interleaved: RunInterleaving.Of(environment.Interleaved));
        return manifest.Write(folder);
    }
}
