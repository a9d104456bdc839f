using System.Diagnostics;
using ConcurrencyBenchmarks.CommandLine;

namespace ConcurrencyBenchmarks.Ab;

/// <summary>
/// <c>ab --rounds N</c>: the whole suite run per side and round under BenchmarkDotNet's full engine, the rounds
/// alternating which side goes first (base, head, then head, base, …); each round's results go to
/// BenchmarkDotNet.Artifacts/ab/&lt;base|head&gt;/round-&lt;i&gt;, then <see cref="CompareCommand"/> compares them round by round.
/// </summary>
public static class RoundsAb
{
    public static int Run(AbOptions options, string ab, string baseTree, string headTree, int rounds, TextWriter output, Func<bool> stopped)
    {
        if (!RunRounds(options, ab, baseTree, headTree, rounds, output, stopped))
            return stopped() ? AbCommand.Stopped : ExitCodes.BenchmarkFailed;
        return CompareCommand.Run([.. options.CompareArguments, "--base", Path.Combine(ab, "base"), "--diff", Path.Combine(ab, "head")], output);
    }

    /// <summary>Deletes an earlier comparison's rounds, which compare would otherwise pool with this one's.</summary>
    public static void Clear(string ab)
    {
        foreach (var side in new[] { "base", "head" })
            if (Directory.Exists(Path.Combine(ab, side)))
                Directory.Delete(Path.Combine(ab, side), recursive: true);
    }

    /// <summary>Runs the rounds, alternating which side goes first; returns whether every run succeeded.</summary>
    private static bool RunRounds(AbOptions options, string ab, string baseTree, string headTree, int rounds, TextWriter output, Func<bool> stopped)
    {
        var clock = Stopwatch.StartNew();
        var runs = rounds * 2;
        var done = 0;
        for (var round = 1; round <= rounds; round++)
        {
            var order = round % 2 == 1 ? new[] { ("base", baseTree), ("head", headTree) } : [("head", headTree), ("base", baseTree)];
            foreach (var (side, tree) in order)
            {
                var folder = Path.Combine(ab, side, $"round-{round}");
                var exit = stopped() ? -1 : ChildProcess.Run("dotnet",
                    ["run", "-c", "Release", "--no-build", "--project", Path.Combine(tree, AbCommand.BenchmarkProject), "--",
                        .. options.RunArguments, "--artifacts", folder],
                    tree, folder + ".log");
                if (stopped())
                {
                    output.WriteLine($"// ab: stopped; {(done == 1 ? "the 1 finished run is" : $"the {done} finished runs are")} kept in {ab}");
                    return false;
                }
                if (exit == ExitCodes.BadArguments)
                    throw new UsageException($"the {side}'s run refused its arguments: {LastLine(folder + ".log")}");
                if (exit != 0)
                {
                    output.WriteLine($"// ab: the {side}'s run of round {round} failed (exit {exit}); see {folder}.log");
                    return false;
                }
                done++;
                var left = TimeSpan.FromTicks(clock.Elapsed.Ticks / done * (runs - done));
                output.WriteLine($"// ab: round {round} of {rounds}, {side} done; elapsed {AbClock.Format(clock.Elapsed)}, about {AbClock.Format(left)} left");
            }
        }
        return true;
    }

    private static string LastLine(string log) =>
        File.Exists(log) ? File.ReadLines(log).LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "" : "";
}
