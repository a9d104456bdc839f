using System.Globalization;
using System.Text;
using ConcurrencyBenchmarks.RunReporting;

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>The history in a few lines of markdown, for a CI job's summary: what it holds, then the steps found.</summary>
public static class HistoryMarkdown
{
    /// <summary>How steps are found, in one paragraph, from the settings in use.</summary>
    public static string Method
    {
        get
        {
            var settings = StepSettings.Default;
            return string.Create(CultureInfo.InvariantCulture,
                $"Steps are found in each benchmark's series of per-commit medians, and in each strategy's series of speed-ups over Serial, by Perfolizer's ED-PELT change-point detector (at least {settings.MinDistance} commits on each side), "
                + $"kept only when the medians around a step differ by more than {settings.MinimumChange * 100:0.#}% and by more than {settings.NoiseFactor} standard errors of the series' own "
                + $"run-to-run noise; a step and a step back within {settings.TransientCommits} commits is an excursion, not a step. A step at the newest commits shows once "
                + $"{settings.MinDistance} commits after it confirm it.");
        }
    }

    public static string Write(HistoryReport report)
    {
        var text = new StringBuilder();
        text.AppendLine("## Benchmark history").AppendLine();
        text.AppendLine(Overview(report)).AppendLine();
        var rows = report.Rows;
        if (rows.Count == 0)
            text.AppendLine(NoSteps(report));
        else
        {
            text.AppendLine("| Benchmark | Change | Before | After | First commit after | Also changed there | Machine |");
            text.AppendLine("| --- | ---: | ---: | ---: | --- | --- | --- |");
            foreach (var line in rows.SelectMany(StepLine.Of))
                text.AppendLine($"| {line.Series} | {line.Change} | {line.Before} | {line.After} | `{line.Commit}` | {line.AlsoChanged} | {line.Machine} |");
        }
        var marks = report.Machines.SelectMany(m => Marks(m).Select(mark => $"- {m.Machine.Machine.Processor}: {mark}")).ToArray();
        if (marks.Length > 0)
            text.AppendLine().AppendLine("Besides the code:").AppendLine().AppendLine(string.Join("\n", marks));
        if (report.Problems.Count > 0)
        {
            text.AppendLine().AppendLine($"{report.Problems.Count} line{(report.Problems.Count == 1 ? "" : "s")} of the history could not be read:").AppendLine();
            foreach (var problem in report.Problems)
                text.AppendLine($"- `{problem}`");
        }
        text.AppendLine().AppendLine(Method);
        if (AcrossMachines.Markdown(report) is { Length: > 0 } across)
            text.AppendLine().Append(across);
        return text.ToString();
    }

    /// <summary>E.g. "12 runs of 12 commits on 1 machine, 73 benchmarks; 2 steps found.": a step of the whole machine is one, speed-up steps that only follow Serial's are none.</summary>
    public static string Overview(HistoryReport report)
    {
        var runs = report.Machines.Sum(m => m.Machine.Runs.Count);
        var commits = report.Machines.Sum(m => m.Commits.Count);
        var benchmarks = report.Machines.SelectMany(m => m.Benchmarks.Select(b => b.Benchmark.Id)).Distinct().Count();
        var rows = report.Rows;
        var following = rows.Sum(r => r.FollowingSerial.Count);
        return $"{runs} run{S(runs)} of {commits} commit{S(commits)} on {report.Machines.Count} machine{S(report.Machines.Count)}, "
               + $"{benchmarks} benchmark{S(benchmarks)}; {rows.Count} step{S(rows.Count)} found"
               + (following > 0 ? $" ({following} speed-up step{S(following)} only following {(following == 1 ? "its" : "their")} Serial's)." : ".");
    }

    public static string NoSteps(HistoryReport report)
    {
        if (report.Machines.Count == 0)
            return "The history holds no run yet: add one with history add.";
        var waiting = report.Machines.Where(m => m.NoVerdict is not null).ToArray();
        return waiting.Length == 0
            ? "No steps: every benchmark's medians stayed within their noise."
            : $"No steps found. Too short for a verdict on {string.Join("; ", waiting.Select(m => $"{m.Machine.Machine.Processor} ({m.NoVerdict})"))}.";
    }

    /// <summary>What else the machine's history went through, oldest first: runtime, OS and kernel changes, and commits never measured.</summary>
    public static IEnumerable<string> Marks(MachineReport machine) =>
        machine.Changes.Select(c => (c.Slot, Text: c.ToString())).Concat(machine.Unmeasured.Select(u => (u.Slot, Text: u.ToString())))
            .OrderBy(m => m.Slot).Select(m => m.Text);

    /// <summary>What stepped: the benchmark's time (its name), or its speed-up ("speed-up of CrunchNumbersBenchmarks.ThreadPool(…, Workers=16)").</summary>
    public static string Series(DetectedStep step) =>
        step.Measure == StepMeasure.Time ? Name(step.Benchmark) : "speed-up of " + Name(step.Benchmark);

    /// <summary>A level before or after a step: a median time, or a speed-up ("2.70×").</summary>
    public static string Level(DetectedStep step, double value) =>
        step.Measure == StepMeasure.Time ? TimeText.Of(value) : value.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    /// <summary>The benchmark without its namespace: <c>CrunchNumbersBenchmarks.Threads(Iterations=…, Workers=4)</c>.</summary>
    public static string Name(BenchmarkHistory benchmark) =>
        benchmark.Type.Length > 0 ? $"{benchmark.Type}.{benchmark.Method}({benchmark.Parameters.Replace("&", ", ")})" : benchmark.Id;

    private static string S(int count) => count == 1 ? "" : "s";
}
