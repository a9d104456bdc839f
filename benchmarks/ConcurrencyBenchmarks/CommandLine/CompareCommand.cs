using System.CommandLine;
using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.Record;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// <c>compare --base &lt;dir|file&gt; --diff &lt;dir|file&gt;</c>: what got faster, what got slower and what is noise,
/// between two runs' full JSON reports. Exit 0, or 1 with --fail-on-regression when anything is slower, or 2 for bad input.
/// </summary>
public static class CompareCommand
{
    public const string Name = "compare";

    /// <summary>The command and its options; a new one each time, so that <c>ab</c>'s command can hold its own copy of the comparison's.</summary>
    private sealed class Declared
    {
        public Option<string> Base { get; } = SuiteParser.Text("--base", "dir|file", "the results before: a results folder, a report, or a folder of rounds", required: true);
        public Option<string> Diff { get; } = SuiteParser.Text("--diff", "dir|file", "the results after, as --base", required: true);
        public Option<string[]> Filter { get; } = new("--filter")
        {
            Description = "compare only the benchmarks whose full names match one of these globs",
            HelpName = "glob",
            AllowMultipleArgumentsPerToken = true,
        };
        public ComparisonOptionSet Judging { get; } = new();
        public Option<bool> AllowDifferentMachines { get; } = SuiteParser.Flag(MachineCheck.AllowOption,
            "compare results of two machines (refused otherwise: the machines differ as much as the code)");

        public Command Command { get; }

        public Declared()
        {
            Command = new Command(Name, "what got faster or slower between two result sets, with statistics") { Base, Diff, Filter };
            foreach (var option in Judging.All)
                Command.Add(option);
            Command.Add(AllowDifferentMachines);
        }
    }

    /// <summary>The command as declared, for the suite's help.</summary>
    public static Command Declaration => new Declared().Command;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var declared = new Declared();
        if (SuiteParser.Parse(declared.Command, args, output) is not { } parsed)
            return ExitCodes.Success;
        var judging = declared.Judging;
        var options = ComparisonOptions.Default with { Filters = parsed.GetValue(declared.Filter) ?? [] };
        if (parsed.Given(judging.Threshold))
            options = options with { Threshold = parsed.GetValue(judging.Threshold)! };
        if (parsed.Given(judging.Noise))
            options = options with { NoiseNanoseconds = parsed.GetValue(judging.Noise) };
        var request = new Request(parsed.GetValue(declared.Base)!, parsed.GetValue(declared.Diff)!, options,
            parsed.Given(judging.Top) ? parsed.GetValue(judging.Top) : null, parsed.GetValue(judging.FullIds),
            parsed.GetValue(judging.FailOnRegression), parsed.GetValue(declared.AllowDifferentMachines),
            parsed.Given(judging.Format) ? parsed.GetValue(judging.Format) : ComparisonFormatter.Format.Markdown,
            parsed.GetValue(judging.Output));
        return Compare(request, output);
    }

    private static int Compare(Request request, TextWriter output)
    {
        ComparisonReport report;
        try
        {
            var @base = ResultSet.Load(request.Base, "--base");
            var diff = ResultSet.Load(request.Diff, "--diff");
            var crosses = MachineCheck.CrossesMachines(@base, diff, request.AllowDifferentMachines);
            report = ResultComparer.Compare(@base, diff, request.Options) with
            {
                BaseMachines = @base.Machines,
                DiffMachines = diff.Machines,
                CrossesMachines = crosses,
                Scaling = ScalingComparer.Compare(@base, diff, request.Options),
                Warnings = [.. @base.CapacityWarnings("base"), .. diff.CapacityWarnings("diff")],
            };
        }
        catch (RunInputException e)
        {
            throw new UsageException(e.Message);
        }

        var text = ComparisonFormatter.Write(report, request.Format, request.Top, request.FullIds);
        if (request.Output is null)
            output.Write(text);
        else
        {
            try
            {
                File.WriteAllText(request.Output, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write --output '{request.Output}': {e.Message}");
            }
            output.WriteLine(report.SummaryLine);
        }
        return request.FailOnRegression && report.HasRegressions ? ExitCodes.BenchmarkFailed : ExitCodes.Success;
    }

    private sealed record Request(string Base, string Diff, ComparisonOptions Options, int? Top, bool FullIds,
        bool FailOnRegression, bool AllowDifferentMachines, ComparisonFormatter.Format Format, string? Output);
}
