using ConcurrencyBenchmarks.Ab.Runner;
using ConcurrencyBenchmarks.CommandLine;
using ConcurrencyBenchmarks.Suite;

// The suite's entry point: `tour`, `compare`, `ab`, `history`, or BDN's switcher with exit codes that mean something (see ExitCodes).
return OneLineErrors.Run("ConcurrencyBenchmarks", () => args switch
{
    [TourCommand.Name, ..] => TourCommand.Run(args[1..], Console.Out),
    [CompareCommand.Name, ..] => CompareCommand.Run(args[1..], Console.Out),
    [AbCommand.Name, ..] => AbCommand.Run(args[1..], Console.Out),
    [HistoryCommand.Name, ..] => HistoryCommand.Run(args[1..], Console.Out),
    [RunnerCommand.Name, ..] => RunnerCommand.Run(args[1..]),
    _ => BenchmarkCommand.Run(args, typeof(Program).Assembly, SuiteAdditions.Instance),
});

public partial class Program;
