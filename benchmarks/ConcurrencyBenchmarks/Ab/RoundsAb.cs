using System.Diagnostics;
using ConcurrencyBenchmarks.CommandLine;

namespace ConcurrencyBenchmarks.Ab;

/// <summary>
/// <c>ab --rounds N</c>: the whole suite run per side and round under BenchmarkDotNet's full engine, the rounds
/// alternating which side goes first (base, head, then head, base, …); each round's results go to
/// &lt;comparison&gt;/&lt;base|head&gt;/round-&lt;i&gt;, each checked to be of its side's commit (<see cref="RoundCheck"/>),
/// then <see cref="CompareCommand"/> compares them round by round.
/// </summary>
public static class RoundsAb
{
    public static int Run(AbOptions options, string folder, PairedAb.Side baseSide, PairedAb.Side headSide, int rounds, TextWriter output, Func<bool> stopped)
    {
        if (!RunRounds(options, folder, baseSide, headSide, rounds, output, stopped))
            return stopped() ? AbCommand.Stopped : ExitCodes.BenchmarkFailed;
        output.WriteLine($"// ab: every round is kept in {folder}");
        return CompareCommand.Run([.. options.CompareArguments, "--base", Path.Combine(folder, "base"), "--diff", Path.Combine(folder, "head")], output);
    }

    /// <summary>Runs the rounds, alternating which side goes first; returns whether every run succeeded.</summary>
    private static bool RunRounds(AbOptions options, string folder, PairedAb.Side baseSide, PairedAb.Side headSide, int rounds, TextWriter output, Func<bool> stopped)
    {
        var clock = Stopwatch.StartNew();
        var runs = rounds * 2;
        var done = 0;
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var side in round % 2 == 1 ? new[] { baseSide, headSide } : [headSide, baseSide])
            {
                var results = Path.Combine(folder, side.Name, $"round-{round}");
                var exit = stopped() ? -1 : ChildProcess.Run("dotnet",
                    ["run", "-c", "Release", "--no-build", "--project", Path.Combine(side.Tree, AbCommand.BenchmarkProject), "--",
                        .. options.RunArguments, "--artifacts", results],
                    side.Tree, results + ".log");
                if (stopped())
                {
                    output.WriteLine($"// ab: stopped; {(done == 1 ? "the 1 finished run is" : $"the {done} finished runs are")} kept in {folder}");
                    return false;
                }
                if (exit == ExitCodes.BadArguments)
                    throw new UsageException($"the {side.Name}'s run refused its arguments: {LastLine(results + ".log")}");
                if (exit != 0)
                {
                    output.WriteLine($"// ab: the {side.Name}'s run of round {round} failed (exit {exit}); see {results}.log");
                    return false;
                }
                if (RoundCheck.Mismatch(results, side.Commit) is { } mismatch)
                    throw new InvalidOperationException($"round {round} of the {side.Name} {mismatch}: its results are not of the {side.Name}'s commit");
                done++;
                var left = TimeSpan.FromTicks(clock.Elapsed.Ticks / done * (runs - done));
                output.WriteLine($"// ab: round {round} of {rounds}, {side.Name} done; elapsed {AbClock.Format(clock.Elapsed)}, about {AbClock.Format(left)} left");
            }
        }
        return true;
    }

    private static string LastLine(string log) =>
        File.Exists(log) ? File.ReadLines(log).LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "" : "";
}
