using ConcurrencyBenchmarks.Ab.Runner;
using ConcurrencyBenchmarks.CommandLine;

// The suite's entry point: `tour`, `compare`, `ab`, `history`, or BDN's switcher with exit codes that mean something (see ExitCodes).
try
{
    return args switch
    {
        [TourCommand.Name, ..] => TourCommand.Run(args[1..], Console.Out),
        [CompareCommand.Name, ..] => CompareCommand.Run(args[1..], Console.Out),
        [AbCommand.Name, ..] => AbCommand.Run(args[1..], Console.Out),
        [HistoryCommand.Name, ..] => HistoryCommand.Run(args[1..], Console.Out),
        [RunnerCommand.Name, ..] => RunnerCommand.Run(args[1..]),
        _ => BenchmarkCommand.Run(args, typeof(Program).Assembly),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine($"ConcurrencyBenchmarks: {e.Message}");
    return ExitCodes.BadArguments;
}
catch (Exception e)
{
    // Every command has cleaned up on its way out (finally blocks): what is left to do is to say what happened, in one line.
    Console.Error.WriteLine($"ConcurrencyBenchmarks: unexpected {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
    return ExitCodes.BenchmarkFailed;
}

public partial class Program;
