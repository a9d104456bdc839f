using ConcurrencyBenchmarks.Hosting;

namespace ConcurrencyBenchmarks.Tests.Support;

/// <summary>
/// A test that needs python3 on the PATH (and, with <see cref="StubScripts"/>, an OS that starts a shell script as a
/// program); reported skipped, with the reason, on a machine without it.
/// </summary>
public sealed class RequiresPythonFactAttribute : FactAttribute
{
    public RequiresPythonFactAttribute(bool stubScripts = false)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, "python3")));
        if (!onPath)
            Skip = "python3 is not on the PATH: the tour's CPython side cannot run here";
        else if (stubScripts && StubScripts.Unsupported is { } why)
            Skip = why;
    }
}

/// <summary>Stub interpreters written as shell scripts, which a Unix starts through their #! line and Windows does not.</summary>
public static class StubScripts
{
    public static string? Unsupported => OperatingSystem.IsWindows() ? "the stub interpreters are shell scripts, which Windows does not start as programs" : null;
}

/// <summary>A test whose stub interpreter is a shell script; reported skipped, with the reason, on Windows.</summary>
public sealed class RequiresStubScriptsFactAttribute : FactAttribute
{
    public RequiresStubScriptsFactAttribute()
    {
        if (StubScripts.Unsupported is { } why)
            Skip = why;
    }
}

/// <summary>A theory whose stub interpreter is a shell script; reported skipped, with the reason, on Windows.</summary>
public sealed class RequiresStubScriptsTheoryAttribute : TheoryAttribute
{
    public RequiresStubScriptsTheoryAttribute()
    {
        if (StubScripts.Unsupported is { } why)
            Skip = why;
    }
}

/// <summary>
/// A test of the NativeAOT worker; reported skipped, with the reason, where the build made none (no native toolchain:
/// the build says so in a warning and the suite uses the JIT worker, which every other test exercises).
/// </summary>
public sealed class RequiresNativeAotFactAttribute : FactAttribute
{
    public RequiresNativeAotFactAttribute()
    {
        if (WorkerLocator.Default.Flavour != WorkerFlavour.NativeAot)
            Skip = "the build made no NativeAOT worker (no native toolchain: warning CBW001): the process strategies use the JIT worker";
    }
}

/// <summary>A test of what is read from /proc (busy cores); reported skipped, with the reason, on a platform without it.</summary>
public sealed class RequiresProcFactAttribute : FactAttribute
{
    public RequiresProcFactAttribute()
    {
        if (!File.Exists("/proc/stat"))
            Skip = "this platform has no /proc: busy cores are not measured here (the column shows ?)";
    }
}

/// <summary>A test of the topology Linux lays out under /sys; reported skipped, with the reason, on a platform without it.</summary>
public sealed class RequiresSysFactAttribute : FactAttribute
{
    public RequiresSysFactAttribute()
    {
        if (!Directory.Exists("/sys/devices/system/cpu"))
            Skip = "this platform has no /sys/devices/system: the topology comes from BDN's host information there";
    }
}

/// <summary>A test of busy cores that needs two processors to leave one idle; reported skipped, with the reason, elsewhere.</summary>
public sealed class RequiresProcAndTwoProcessorsFactAttribute : FactAttribute
{
    public RequiresProcAndTwoProcessorsFactAttribute()
    {
        if (!File.Exists("/proc/stat"))
            Skip = "this platform has no /proc: busy cores are not measured here (the column shows ?)";
        else if (Environment.ProcessorCount < 2)
            Skip = "one processor: a strategy cannot leave a second one idle";
    }
}

/// <summary>A test that sends a signal; reported skipped, with the reason, where the OS has none to send.</summary>
public sealed class RequiresSignalsFactAttribute : FactAttribute
{
    public RequiresSignalsFactAttribute()
    {
        if (Signals.Unsupported is { } why)
            Skip = why;
    }
}

/// <summary>A test of something only Linux shows (a process's open descriptors); reported skipped, with the reason, elsewhere.</summary>
public sealed class RequiresLinuxFactAttribute : FactAttribute
{
    public RequiresLinuxFactAttribute(string what)
    {
        if (!OperatingSystem.IsLinux())
            Skip = $"only Linux shows {what}";
    }
}

/// <summary>A fact about what only Windows has: reported skipped, with what, elsewhere.</summary>
public sealed class RequiresWindowsFactAttribute : FactAttribute
{
    public RequiresWindowsFactAttribute(string what)
    {
        if (!OperatingSystem.IsWindows())
            Skip = $"only Windows has {what}";
    }
}

/// <summary>A fact about what only macOS has: reported skipped, with what, elsewhere.</summary>
public sealed class RequiresMacOSFactAttribute : FactAttribute
{
    public RequiresMacOSFactAttribute(string what)
    {
        if (!OperatingSystem.IsMacOS())
            Skip = $"only macOS has {what}";
    }
}

/// <summary>
/// A test of a busy process outside the test's process tree, as interference: reported skipped, with the reason, where
/// the OS gives no machine times, or on Windows, where every process the host starts joins its job and counts as its own.
/// </summary>
public sealed class RequiresNeighbourOutsideTheTreeFactAttribute : FactAttribute
{
    public RequiresNeighbourOutsideTheTreeFactAttribute()
    {
        if (OperatingSystem.IsWindows())
            Skip = "on Windows every process the test host starts joins its job, so none is outside its tree";
        else if (ConcurrencyBenchmarks.RunReporting.Platform.OsReaders.Current.ReadMachine() is null)
            Skip = "this platform gives no machine-wide CPU time: interference is not measured here (the column shows ?)";
    }
}
