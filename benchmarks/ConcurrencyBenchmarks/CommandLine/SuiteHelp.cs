using System.Text;
using ConcurrencyBenchmarks.Ab;
using ConcurrencyBenchmarks.Tour;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// What <c>--help</c> prints before BenchmarkDotNet's own options: the suite's commands and options, each from where
/// it is declared (a command's own <c>--help</c> lists its options).
/// </summary>
public static class SuiteHelp
{
    public static string Text
    {
        get
        {
            var text = new StringBuilder();
            text.AppendLine("ConcurrencyBenchmarks: how .NET runs work side by side, every number held against the physical limit.");
            text.AppendLine();
            text.AppendLine("Commands (ConcurrencyBenchmarks <command> --help lists a command's options):");
            ScalingHelp.Row(text, "--filter '*' [options]", "run the suite (or a part: --filter '*OnlySleep*'); BenchmarkDotNet's options below");
            foreach (var command in new[] { TourOptions.Declaration, CompareCommand.Declaration, AbOptions.Declaration, HistoryCommand.Declaration })
            {
                foreach (var usage in SuiteParser.Usage(command).Split(" | "))
                {
                    var words = usage.Split(' ', 3);
                    var sub = command.Subcommands.FirstOrDefault(c => words.Length > 1 && c.Name == words[1]);
                    ScalingHelp.Row(text, sub is null ? command.Name : $"{command.Name} {sub.Name}", (sub ?? command).Description ?? "");
                    text.AppendLine($"      {usage}");
                }
            }
            text.AppendLine();
            ScalingHelp.AppendOptions(text, SizeOptions.All, alsoFails: "or compare --fail-on-regression found a regression");
            return text.ToString();
        }
    }
}
