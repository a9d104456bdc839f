using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.RunReporting.Platform.Linux;

/// <summary>The kernel the run ran on, which BDN's host information leaves out: a kernel update can move CPU-bound times.</summary>
public static class KernelVersion
{
    /// <summary>Linux's release (e.g. "6.1.0-28-cloud-amd64"), else the OS's own description.</summary>
    public static string Current
    {
        get
        {
            try
            {
                if (File.Exists("/proc/sys/kernel/osrelease"))
                    return File.ReadAllText("/proc/sys/kernel/osrelease").Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // fall back on the description below
            }
            return RuntimeInformation.OSDescription;
        }
    }
}
