using System.ComponentModel;
using System.Diagnostics;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>
/// BDN builds every benchmark with the .NET SDK before running it in its own process; a machine with only the runtime
/// (the suite's bundle, a server) can run the suite in this process instead. Says so up front, not deep inside BDN.
/// </summary>
public static class SdkCheck
{
    public const string Advice =
        "no .NET SDK found ('dotnet --list-sdks' lists none): BenchmarkDotNet needs one to build each benchmark; "
        + "add --inProcess to run the benchmarks in this process with the runtime alone";

    public static bool RunsInProcess(IEnumerable<string> args) =>
        args.Any(a => a.Equals("--inProcess", StringComparison.OrdinalIgnoreCase) || a == "-i");

    /// <summary>Whether the <c>dotnet</c> BDN starts (the one on PATH) lists an SDK.</summary>
    public static bool SdkFound()
    {
        try
        {
            using var dotnet = Process.Start(new ProcessStartInfo("dotnet", "--list-sdks")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            _ = dotnet.StandardError.ReadToEndAsync(); // drained, so a chatty error cannot block the process
            var listed = dotnet.StandardOutput.ReadToEnd();
            if (!dotnet.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                dotnet.Kill(entireProcessTree: true);
                return true; // cannot tell: let BDN try and report
            }
            return dotnet.ExitCode == 0 && listed.Trim().Length > 0;
        }
        catch (Win32Exception)
        {
            return false; // no dotnet on PATH at all
        }
    }
}
