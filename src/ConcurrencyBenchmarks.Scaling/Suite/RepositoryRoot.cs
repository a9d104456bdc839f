namespace ConcurrencyBenchmarks.Suite;

/// <summary>The folder that holds ConcurrencyBenchmarks.sln: results land there, wherever the program is run from.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "ConcurrencyBenchmarks.sln";

    public static string? Find() =>
        FindAbove(AppContext.BaseDirectory) ?? FindAbove(Directory.GetCurrentDirectory());

    /// <summary>The checkout the current directory is in, else the one the program was built in: what a git command would act on.</summary>
    public static string? FindFromWorkingDirectory() =>
        FindAbove(Directory.GetCurrentDirectory()) ?? FindAbove(AppContext.BaseDirectory);

    public static string ArtifactsPath =>
        Path.Combine(Find() ?? Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");

    private static string? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                return dir.FullName;
        return null;
    }
}
