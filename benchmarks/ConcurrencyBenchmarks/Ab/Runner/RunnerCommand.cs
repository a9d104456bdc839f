using System.Globalization;
using ConcurrencyBenchmarks.CommandLine;
using ConcurrencyBenchmarks.RunReporting.Interleaving;

namespace ConcurrencyBenchmarks.Ab.Runner;

/// <summary>
/// <c>ab-runner &lt;benchmark assembly&gt; [filter...]</c>: the paired runner, started by <c>ab</c> once per side. The
/// same runner (the program <c>ab</c> runs from) loads either side's build, so a change to the measuring code
/// cannot read as a change to the measured code. It answers the driver's commands one at a time (see
/// <see cref="RunnerProtocol"/>) and cleans every case up (global cleanup, pools stopped) when the driver says exit or goes away.
/// </summary>
public static class RunnerCommand
{
    public const string Name = "ab-runner";

    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count < 1 || !File.Exists(args[0]))
            throw new UsageException($"{Name} needs the path of a built ConcurrencyBenchmarks.dll; it is started by ab");
        var assemblyPath = Path.GetFullPath(args[0]);
        // The side's code finds its worker executable next to "the application": make that the side's build folder.
        AppContext.SetData("APP_CONTEXT_BASE_DIRECTORY", Path.GetDirectoryName(assemblyPath) + Path.DirectorySeparatorChar);
        using var protocol = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true, NewLine = "\n" };
        Console.SetOut(Console.Error); // whatever a benchmark prints stays out of the protocol

        var benchmarks = new SideLoadContext(assemblyPath).LoadFromAssemblyPath(assemblyPath);
        var cases = SideCases.Expand(benchmarks, args.Skip(1).ToArray());
        var invokers = cases.Select(c => new CaseInvoker(c.Benchmark)).ToArray();
        foreach (var (paired, _) in cases)
            protocol.WriteLine($"{RunnerProtocol.Case}\t{paired.ToLine()}");
        protocol.WriteLine(RunnerProtocol.Ready);
        try
        {
            while (Console.In.ReadLine() is { } line && line != RunnerProtocol.Exit)
                protocol.WriteLine(Answer(line, invokers));
        }
        finally
        {
            foreach (var invoker in invokers)
                invoker.Cleanup();
        }
        return ExitCodes.Success;
    }

    private static string Answer(string command, CaseInvoker[] invokers)
    {
        var parts = command.Split(' ');
        if (parts is not [var verb, var number] || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index >= invokers.Length)
            return $"{RunnerProtocol.Error} unknown command '{command}'";
        var invoker = invokers[index];
        try
        {
            switch (verb)
            {
                case RunnerProtocol.Setup: invoker.Setup(); return RunnerProtocol.Ok;
                case RunnerProtocol.Invoke:
                    var (start, end) = invoker.Invoke();
                    return string.Create(CultureInfo.InvariantCulture, $"{RunnerProtocol.Time} {start} {end}");
                default: return $"{RunnerProtocol.Error} unknown command '{command}'";
            }
        }
        catch (Exception e)
        {
            var inner = e is System.Reflection.TargetInvocationException { InnerException: { } cause } ? cause : e;
            return $"{RunnerProtocol.Error} {inner.GetType().Name}: {inner.Message.ReplaceLineEndings(" ")}";
        }
    }
}
