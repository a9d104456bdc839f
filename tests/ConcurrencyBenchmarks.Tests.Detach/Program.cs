using System.Diagnostics;

// Starts the program and arguments given, prints its process id and exits without waiting for it: the OS then gives
// the program another parent (init, launchd), outside the tree of whoever started this one. Its standard streams are
// pipes to this process, closed when it exits, so the starter's own pipe is not held open by the program.
// Exit codes: 0 started, 2 nothing to start or it could not be started (one line on stderr).
if (args.Length == 0)
{
    Console.Error.WriteLine("ConcurrencyBenchmarks.Tests.Detach: give the program to start and its arguments");
    return 2;
}
var start = new ProcessStartInfo(args[0])
{
    UseShellExecute = false,
    RedirectStandardInput = true,
    RedirectStandardOutput = true,
    RedirectStandardError = true,
};
foreach (var argument in args.Skip(1))
    start.ArgumentList.Add(argument);
try
{
    using var program = Process.Start(start)!;
    Console.WriteLine(program.Id);
    return 0;
}
catch (System.ComponentModel.Win32Exception e)
{
    Console.Error.WriteLine($"ConcurrencyBenchmarks.Tests.Detach: cannot start '{args[0]}': {e.Message}");
    return 2;
}
