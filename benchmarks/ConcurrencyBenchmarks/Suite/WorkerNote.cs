using ConcurrencyBenchmarks.Hosting;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>The line under a run's summary that says which worker executable the process strategies started.</summary>
public static class WorkerNote
{
    public static string Describe()
    {
        try
        {
            var worker = WorkerLocator.Default;
            return worker.Flavour == WorkerFlavour.NativeAot
                ? $"// Worker process (Processes, ProcessPool): NativeAOT, {worker.FileName}"
                : $"// Worker process (Processes, ProcessPool): {worker.Flavour}, {worker.FileName}; {NativeWorkerFilter.LeftOut}";
        }
        catch (FileNotFoundException e)
        {
            return "// Worker process: " + e.Message;
        }
    }
}
