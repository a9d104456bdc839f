namespace ConcurrencyBenchmarks.Workloads.Processes;

/// <summary>
/// Finds the worker executable. A ProjectReference copies it next to whatever references it (the benchmark
/// program, BDN's generated benchmark process, the tests), so the application's own folder is the place to look.
/// </summary>
public static class WorkerLocator
{
    public const string AssemblyName = "ConcurrencyBenchmarks.Worker";

    /// <summary>How to start the worker: the program to run and the arguments that come before the worker's own.</summary>
    public sealed record WorkerExecutable(string FileName, IReadOnlyList<string> PrefixArguments, string Kind);

    private static readonly Lazy<WorkerExecutable> Found = new(() => Find(AppContext.BaseDirectory));

    public static WorkerExecutable Default => Found.Value;

    public static WorkerExecutable Find(string directory)
    {
        var appHost = Path.Combine(directory, OperatingSystem.IsWindows() ? AssemblyName + ".exe" : AssemblyName);
        if (File.Exists(appHost))
            return new WorkerExecutable(appHost, [], "JIT (apphost)");

        var dll = Path.Combine(directory, AssemblyName + ".dll");
        if (File.Exists(dll))
            return new WorkerExecutable(DotnetHost(), [dll], "JIT (dotnet)");

        throw new FileNotFoundException(
            $"the worker executable {AssemblyName} is not in {directory}; build the solution (dotnet build -c Release) so it is copied there.");
    }

    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
