using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.ConsoleArguments.ListBenchmarks;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.RunReporting.Dashboards;
using ConcurrencyBenchmarks.RunReporting.Page;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Suite;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// Runs the suite through BDN's <see cref="BenchmarkSwitcher"/>, so every BDN option works, and turns what happened
/// into an exit code: BDN itself exits 0 even when a case fails or a filter matches nothing.
/// </summary>
public static class BenchmarkCommand
{
    private static readonly string[] HelpArguments = ["--help", "-h", "-?", "--version"];

    public static int Run(string[] args, Assembly benchmarks, RunAdditions additions)
    {
        args = QuotedFilters.Unquote(SizeOptions.Apply(args));
        var switcher = BenchmarkSwitcher.FromAssembly(benchmarks);
        if (args.Any(a => HelpArguments.Contains(a, StringComparer.OrdinalIgnoreCase)))
        {
            if (!args.Contains("--version", StringComparer.OrdinalIgnoreCase))
                Console.WriteLine(additions.Help);
            switcher.Run(args);
            return ExitCodes.Success;
        }
        // Without arguments BDN asks which benchmarks to run; with no terminal nobody can answer.
        if (args.Length == 0 && Console.IsInputRedirected)
            throw new UsageException("no benchmarks selected and no terminal to ask: pass --filter '*' to run them all, or --list flat to see them");

        var withDefaultJob = !NamesAJob(args);
        // Parsed and selected with this process's processors; the run's config gets the measured environment below.
        var preliminary = SuiteConfig.Create(withDefaultJob, RunEnvironment.Current, additions.Filters);
        var options = Parse(args, preliminary, out var parsedConfig);
        ProfilerCheck.Check(options.Profiler);
        var selected = args.Length > 0 ? BenchmarkCases.In(benchmarks, ManualConfig.Union(preliminary, parsedConfig)) : [];
        if (args.Length > 0 && selected.Count == 0 && ShellExpansion.LooksExpanded(options.Filters.ToArray(), Directory.GetCurrentDirectory()))
        {
            // `dotnet run -c Release --filter *` typed in the benchmark's folder: the user meant every benchmark.
            Console.WriteLine(ShellExpansion.Note(options.Filters.ToArray()));
            args = ShellExpansion.AsAll(args);
            options = Parse(args, preliminary, out parsedConfig);
            selected = BenchmarkCases.In(benchmarks, ManualConfig.Union(preliminary, parsedConfig));
        }
        if (args.Length > 0 && selected.Count == 0)
            throw NothingMatches(options, additions);
        var listing = options.ListBenchmarkCaseMode != ListBenchmarkCaseMode.Disabled || options.PrintInformation;
        if (!listing && !SdkCheck.RunsInProcess(args) && !SdkCheck.SdkFound())
            throw new UsageException(SdkCheck.Advice);

        var started = DateTimeOffset.UtcNow; // the manifest's span holds the probes and the visits too
        var environment = listing ? RunEnvironment.Current : MachineProbe.Measure(selected, Console.Out);
        if (!listing)
            environment = InterleavedVisits.Measure(selected, environment, SuiteSizes.Visits(NamesDryJob(args)), Console.Out);
        if (!listing)
            ManifestWriter.RemoveEarlier(ManualConfig.Union(preliminary, parsedConfig).ArtifactsPath);
        var summaries = switcher.Run(args, SuiteConfig.Create(withDefaultJob, environment, additions.Filters)).ToArray();
        if (listing)
            return ExitCodes.Success;
        if (additions.NoteAfterSummary() is { } note)
            Console.WriteLine(note);
        Console.WriteLine($"// Machine: {environment.Describe()}");
        if (environment.DescribeInterleaving() is { } interleaved)
            Console.WriteLine($"// {interleaved}");
        environment = MachineProbe.MeasureAgain(environment, Console.Out);
        if (ManifestWriter.Write(summaries, environment, args, started) is { } manifest)
            Console.WriteLine($"// The run's manifest (sizes, capacity before and after, the reports it wrote): {manifest}");
        if (IndexPage.Write(summaries, environment) is { } page)
            Console.WriteLine($"// One page with charts and tables: {page}");
        if (DashboardExports.Write(summaries, environment) is [var bencher, ..] exports)
            Console.WriteLine($"// For dashboards (Bencher, github-action-benchmark): {string.Join(", ", exports.Select(Path.GetFileName))} beside {Path.GetDirectoryName(bencher)}");
        if (summaries.Length == 0)
            throw new UsageException("no benchmark was selected");
        return summaries.Any(Failed) ? ExitCodes.BenchmarkFailed : ExitCodes.Success;
    }

    /// <summary>A job named on the command line replaces the suite's job (BDN would run both).</summary>
    private static bool NamesAJob(string[] args) =>
        args.Any(a => a.Equals("--job", StringComparison.OrdinalIgnoreCase) || a == "-j"
                      || a.StartsWith("--job=", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the command line asks for BDN's dry job, a smoke run of one invocation per case.</summary>
    private static bool NamesDryJob(string[] args) =>
        args.Select((a, i) => a.StartsWith("--job=", StringComparison.OrdinalIgnoreCase) ? a["--job=".Length..]
                : (a.Equals("--job", StringComparison.OrdinalIgnoreCase) || a == "-j") && i + 1 < args.Length ? args[i + 1] : null)
            .Any(job => job?.Equals("dry", StringComparison.OrdinalIgnoreCase) == true);

    private static CommandLineOptions Parse(string[] args, IConfig config, out IConfig parsedConfig)
    {
        var log = new AccumulationLogger();
        var (isSuccess, parsed, options) = ConfigParser.Parse(args, log, config);
        if (!isSuccess || parsed is null || options is null)
            throw new UsageException(FirstError(log.GetLog()) + "; see --help");
        parsedConfig = parsed;
        return options;
    }

    /// <summary>The line of BDN's parser output that names the problem, without the help text around it.</summary>
    private static string FirstError(string log)
    {
        var lines = log.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var afterHeader = lines.SkipWhile(l => !l.StartsWith("ERROR", StringComparison.Ordinal)).Skip(1).FirstOrDefault();
        var line = afterHeader ?? lines.FirstOrDefault(l => !l.StartsWith("BenchmarkDotNet", StringComparison.Ordinal)) ?? "invalid arguments";
        return line.TrimEnd('.');
    }

    private static UsageException NothingMatches(CommandLineOptions options, RunAdditions additions)
    {
        var filters = options.Filters.ToArray();
        var described = filters.Length > 0 ? $"the filter '{string.Join(' ', filters)}'" : "the given categories";
        // A case the program's filters left out is not there to match: say so, not just "nothing".
        var leftOut = additions.WhyNothingMatches() is { } why ? $" ({why})" : "";
        return new UsageException($"{described} matches no benchmark{leftOut}; see them all with --list flat");
    }

    private static bool Failed(Summary summary) =>
        summary.HasCriticalValidationErrors
        || summary.Reports.Length < summary.BenchmarksCases.Length
        || summary.Reports.Any(report => !report.Success);
}
