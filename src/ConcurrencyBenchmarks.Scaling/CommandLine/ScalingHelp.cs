using System.Text;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>What <c>--help</c> prints before BenchmarkDotNet's own options in a program of scaling benchmarks.</summary>
public static class ScalingHelp
{
    /// <summary>A user's program: how to run it, then the options every run takes.</summary>
    public static string Text
    {
        get
        {
            var text = new StringBuilder();
            text.AppendLine("Scaling benchmarks: every strategy at 1 to N workers, each held against the ideal and the machine's capacity.");
            text.AppendLine();
            Row(text, "--filter '*' [options]", "run every benchmark (or a part: --filter '*MyWork*'); BenchmarkDotNet's options below");
            text.AppendLine();
            AppendOptions(text, SizeOptions.ForAnyWorkload);
            return text.ToString();
        }
    }

    /// <summary>The size options, the exit codes and the line that leads into BenchmarkDotNet's options.</summary>
    /// <param name="options">the size options this program's workloads take</param>
    /// <param name="alsoFails">what else exits 1 in this program, if anything</param>
    public static void AppendOptions(StringBuilder text, IEnumerable<SizeOption> options, string? alsoFails = null)
    {
        var listed = options.ToArray();
        text.AppendLine($"Options of every run (also as {string.Join(", ", listed.Select(o => o.Variable))}):");
        foreach (var option in listed)
            Row(text, $"{option.Name} {option.HelpName}", option.Description);
        Row(text, "--inProcess", "(BenchmarkDotNet's) run in this process: needs only the .NET runtime, no SDK");
        text.AppendLine();
        text.AppendLine($"Exit codes: 0 every case ran; 1 a case or validation failed{(alsoFails is null ? "" : $" ({alsoFails})")};");
        text.AppendLine("2 bad arguments or input, with one line saying which.");
        text.AppendLine();
        text.Append("BenchmarkDotNet's options:");
    }

    public static void Row(StringBuilder text, string name, string description) =>
        text.AppendLine($"  {name,-24} {description}");
}
