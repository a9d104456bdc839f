namespace ConcurrencyBenchmarks.Tests.Support;

/// <summary>Base for tests that start processes: each test fails if a child process outlives it (where the OS lists children: see <see cref="ChildProcesses"/>).</summary>
public abstract class NoLeftoverProcesses : IDisposable
{
    private readonly IReadOnlyList<int>? _before = ChildProcesses.OfCurrentProcess();

    public void Dispose()
    {
        var leftOver = ChildProcesses.LeftOver(_before);
        Assert.True(leftOver.Count == 0, $"child processes outlived the test: {string.Join(", ", leftOver)}");
        GC.SuppressFinalize(this);
    }
}
