using System.Diagnostics;
using ConcurrencyBenchmarks.Ab.Paired;
using ConcurrencyBenchmarks.CommandLine;
using ConcurrencyBenchmarks.Analysis.Comparison;

namespace ConcurrencyBenchmarks.Ab;

/// <summary>
/// <c>ab</c>'s paired mode: both sides' builds loaded by this program's runner, their cases measured in pairs by
/// <see cref="PairedDriver"/>, judged by <see cref="PairedComparison"/>, written as compare writes, and every raw
/// measurement kept per side in the comparison's folder.
/// </summary>
public static class PairedAb
{
    /// <summary>One side to measure: its label, the commit, the checkout holding its Release build.</summary>
    public sealed record Side(string Name, string Label, string Commit, string Tree);

    /// <summary>The exit code, or null when the base is too old for the paired runner (ab then measures in rounds).</summary>
    public static int? Run(AbOptions options, Side baseSide, Side headSide, string folder, TextWriter output, Func<bool> stopped)
    {
        var filters = Validate(options);
        var (format, file, failOnRegression) = Presentation(options.CompareArguments);
        var clock = Stopwatch.StartNew();
        RunnerProcess? baseRunner = null, headRunner = null;
        try
        {
            try
            {
                baseRunner = RunnerProcess.Start(baseSide.Name, SideAssembly(baseSide), filters, Path.Combine(folder, "runner-base.log"));
            }
            catch (RunnerFailedException e) when (!stopped())
            {
                output.WriteLine($"// ab: the paired runner cannot load the base {baseSide.Label} ({e.Message}): measuring in rounds instead");
                return null;
            }
            headRunner = RunnerProcess.Start(headSide.Name, SideAssembly(headSide), filters, Path.Combine(folder, "runner-head.log"));
            var cases = Matched(baseRunner, headRunner, output);
            var driver = new PairedDriver(baseRunner, headRunner, cases, options.Paired, output, stopped);
            AbFault.At(AbFault.Pairs);
            output.WriteLine($"// ab: paired, {cases.Count} cases, base {baseSide.Label}, head {headSide.Label}; "
                             + (driver.Pinned
                                 ? $"both sides on CPUs {driver.Cpus}, single-threaded cases on one of them, rotated by pass"
                                 : "CPUs not pinned"));
            var completed = Measure(driver, output);
            foreach (var side in new[] { baseSide, headSide })
                PairedResultsWriter.Write(Path.Combine(folder, side.Name), side.Name, side.Commit, SideAssembly(side), cases);
            if (completed is false)
            {
                output.WriteLine($"// ab: stopped; the pairs measured so far are kept in {folder}");
                return AbCommand.Stopped;
            }
            if (completed is null)
            {
                output.WriteLine($"// ab: the pairs measured before the failure are kept in {folder}");
                return ExitCodes.BenchmarkFailed;
            }
            var comparison = PairedComparison.From(cases, options.Paired);
            var context = new PairedFormatter.Context(baseSide.Label, headSide.Label, PairedResultsWriter.Machine(),
                driver.Cpus, cases.Sum(c => c.Pairs.Count), clock.Elapsed);
            var text = PairedFormatter.Write(comparison, context, format);
            File.WriteAllText(Path.Combine(folder, "comparison.md"), PairedFormatter.Write(comparison, context, ComparisonFormatter.Format.Markdown));
            if (file is not null)
                File.WriteAllText(file, text);
            output.Write(text);
            output.WriteLine($"// ab: every pair is kept in {folder}");
            return failOnRegression && comparison.Count(PairedVerdict.Slower) > 0 ? ExitCodes.BenchmarkFailed : ExitCodes.Success;
        }
        catch (RunnerFailedException e) when (!stopped())
        {
            throw new UsageException(e.Message); // a runner that could not start: one line, exit 2
        }
        catch (RunnerFailedException)
        {
            output.WriteLine("// ab: stopped");
            return AbCommand.Stopped;
        }
        finally
        {
            headRunner?.Dispose();
            baseRunner?.Dispose();
        }
    }

    /// <summary>Runs the driver: true when done, false when stopped, null when a runner failed (said in one line).</summary>
    private static bool? Measure(PairedDriver driver, TextWriter output)
    {
        try
        {
            return driver.Run();
        }
        catch (RunnerFailedException e)
        {
            output.WriteLine($"// ab: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Checks the options before anything is built, and returns the filters: the sizes are taken out and go to the
    /// runners through the environment, as they go to BDN's benchmark processes.
    /// </summary>
    public static string[] Validate(AbOptions options)
    {
        _ = Presentation(options.CompareArguments);
        return Filters(SizeOptions.Apply([.. options.RunArguments]));
    }

    /// <summary>The cases both sides have, by ID; the others are named and left out.</summary>
    private static List<CaseSeries> Matched(RunnerProcess baseRunner, RunnerProcess headRunner, TextWriter output)
    {
        var baseCases = baseRunner.Cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var cases = headRunner.Cases.Where(c => baseCases.ContainsKey(c.Id)).Select(c => new CaseSeries(baseCases[c.Id], c)).ToList();
        var added = headRunner.Cases.Where(c => !baseCases.ContainsKey(c.Id)).Select(c => c.Id).ToArray();
        var removed = baseRunner.Cases.Select(c => c.Id).Except(headRunner.Cases.Select(c => c.Id)).ToArray();
        if (added.Length + removed.Length > 0)
            output.WriteLine($"// ab: only in the head: {added.Length}, only in the base: {removed.Length} (not measured): {string.Join(", ", added.Concat(removed).Take(5))}");
        return cases.Count > 0 ? cases : throw new UsageException("the selection matches no case that both sides have; see them with --list flat");
    }

    private static string SideAssembly(Side side)
    {
        var bin = Path.Combine(side.Tree, "benchmarks", "ConcurrencyBenchmarks", "bin", "Release");
        return (Directory.Exists(bin) ? Directory.GetFiles(bin, "ConcurrencyBenchmarks.dll", SearchOption.AllDirectories) : [])
            .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            ?? throw new RunnerFailedException($"no Release build of the {side.Name} under {bin}");
    }

    /// <summary>The paired runner selects with --filter only; the sizes were taken out before.</summary>
    private static string[] Filters(IReadOnlyList<string> rest)
    {
        var filters = new List<string>();
        for (var i = 0; i < rest.Count; i++)
        {
            if (!rest[i].Equals("--filter", StringComparison.OrdinalIgnoreCase))
                throw new UsageException($"'{rest[i]}' is an option of BenchmarkDotNet's runs: paired ab takes --filter, --workers, --sleep and --iterations (give --rounds N to run the whole suite per round)");
            for (; i + 1 < rest.Count && !rest[i + 1].StartsWith('-'); i++)
                filters.Add(rest[i + 1]);
        }
        return filters.Count > 0 ? [.. filters] : ["*"];
    }

    private static (ComparisonFormatter.Format Format, string? File, bool FailOnRegression) Presentation(IReadOnlyList<string> compare)
    {
        string? Value(string name) => compare.Select((a, i) => (a, i)).Where(x => x.a == name && x.i + 1 < compare.Count).Select(x => compare[x.i + 1]).LastOrDefault();
        var format = Value("--format") switch
        {
            null or "console" => ComparisonFormatter.Format.Console,
            "markdown" => ComparisonFormatter.Format.Markdown,
            var other => throw new UsageException($"--format '{other}' is not valid; expected markdown or console"),
        };
        return (format, Value("--output"), compare.Contains("--fail-on-regression"));
    }
}
