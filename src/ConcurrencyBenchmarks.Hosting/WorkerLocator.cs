namespace ConcurrencyBenchmarks.Hosting;

/// <summary>
/// Finds the worker executable. A ProjectReference copies it (with its native/ and r2r/ flavours) next to whatever
/// references it: the benchmark program, BDN's generated benchmark program, the tests. So the application's own
/// folder is the place to look, with no configuration.
/// </summary>
public static class WorkerLocator
{
    public const string AssemblyName = "ConcurrencyBenchmarks.Worker";

    /// <summary>How to start the worker: the program, the arguments before the worker's own, and its flavour.</summary>
    public sealed record WorkerExecutable(string FileName, IReadOnlyList<string> PrefixArguments, WorkerFlavour Flavour);

    private static readonly Lazy<WorkerExecutable> Found = new(() => Find(AppContext.BaseDirectory));

    /// <summary>The fastest worker there is: NativeAOT when the build could make it, else the JIT one.</summary>
    public static WorkerExecutable Default => Found.Value;

    public static WorkerExecutable Find(string directory) =>
        TryFind(directory, WorkerFlavour.NativeAot) ?? TryFind(directory, WorkerFlavour.Jit)
        ?? throw new FileNotFoundException(
            $"the worker executable {AssemblyName} is not in {directory}; build the solution (dotnet build -c Release) so it is copied there.");

    public static WorkerExecutable Find(string directory, WorkerFlavour flavour) =>
        TryFind(directory, flavour)
        ?? throw new FileNotFoundException($"the {flavour} worker {AssemblyName} is not in {directory}; build the solution (dotnet build -c Release).");

    /// <summary>Whether the build put this flavour in <paramref name="directory"/> (NativeAOT only where a native toolchain was found).</summary>
    public static bool Has(string directory, WorkerFlavour flavour) => TryFind(directory, flavour) is not null;

    private static WorkerExecutable? TryFind(string directory, WorkerFlavour flavour)
    {
        var folder = flavour switch
        {
            WorkerFlavour.NativeAot => Path.Combine(directory, "native"),
            WorkerFlavour.ReadyToRun => Path.Combine(directory, "r2r"),
            _ => directory,
        };
        var appHost = Path.Combine(folder, OperatingSystem.IsWindows() ? AssemblyName + ".exe" : AssemblyName);
        if (File.Exists(appHost))
            return new WorkerExecutable(appHost, [], flavour);

        // Without an apphost, the JIT flavours still run through the dotnet host.
        var dll = Path.Combine(folder, AssemblyName + ".dll");
        return flavour != WorkerFlavour.NativeAot && File.Exists(dll) ? new WorkerExecutable(DotnetHost(), [dll], flavour) : null;
    }

    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
