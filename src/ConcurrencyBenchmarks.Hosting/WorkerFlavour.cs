namespace ConcurrencyBenchmarks.Hosting;

/// <summary>How the worker executable was compiled, which decides what a process costs to start.</summary>
public enum WorkerFlavour
{
    /// <summary>IL compiled at run time: the plain build.</summary>
    Jit,

    /// <summary>IL precompiled to native code, still on the shared runtime (published to r2r/).</summary>
    ReadyToRun,

    /// <summary>One native executable with no JIT at all (published to native/).</summary>
    NativeAot,
}
