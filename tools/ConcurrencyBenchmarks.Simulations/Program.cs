using System.CommandLine;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.Analysis.Record;
using ConcurrencyBenchmarks.Simulations;

// Research on the suite's own tools: `steps` simulates the history's step detector, `rounds` the comparison's test on
// rounds; anything else runs the tools' own benchmarks (how fast compare and history report are) with BenchmarkDotNet's switcher.
try
{
    return args is ["steps" or "rounds", ..]
        ? new RootCommand("the suite's research tools") { StepsCommand.Declaration(), RoundsCommand.Declaration() }.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false })
        : BenchmarkSwitcher.FromAssembly(typeof(StepsCommand).Assembly).Run(args).Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
}
catch (Exception e) when (e is ArgumentException or RunInputException)
{
    Console.Error.WriteLine($"ConcurrencyBenchmarks.Simulations: {e.Message}");
    return 2;
}
