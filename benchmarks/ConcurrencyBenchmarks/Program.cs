using ConcurrencyBenchmarks.CommandLine;

// The suite's entry point: BDN's switcher, with exit codes that mean something (see ExitCodes).
try
{
    return BenchmarkCommand.Run(args, typeof(Program).Assembly);
}
catch (UsageException e)
{
    Console.Error.WriteLine($"ConcurrencyBenchmarks: {e.Message}");
    return ExitCodes.BadArguments;
}

public partial class Program;
