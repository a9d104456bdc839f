using System.Reflection;

namespace ConcurrencyBenchmarks.RunReporting.Exporters;

/// <summary>
/// Which build a run measured: the commit the SDK stamps into an assembly's informational version
/// (<c>1.0.0+&lt;commit&gt;</c>, from the git checkout it was built in), so a run's results say what they are of.
/// </summary>
public static class BuildInfo
{
    /// <summary>The commit of the build, or null when it was built outside a git checkout.</summary>
    public static string? CommitOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion is { } version && version.IndexOf('+') is > 0 and var plus
            ? version[(plus + 1)..]
            : null;
}
