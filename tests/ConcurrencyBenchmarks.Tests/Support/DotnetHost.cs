using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.Tests.Support;

/// <summary>The dotnet host that runs these tests, by its full path: for a test that empties the PATH of the process it starts.</summary>
public static class DotnetHost
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        // dotnet test sets DOTNET_HOST_PATH; else the host sits three folders above the runtime (shared/Microsoft.NETCore.App/<version>).
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
            return host;
        var root = System.IO.Path.GetFullPath(System.IO.Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        return System.IO.Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
    }
}
