namespace ConcurrencyBenchmarks.Tests.Support;

/// <summary>A fresh folder under the system's temporary folder, removed with everything in it when disposed.</summary>
public sealed class TemporaryFolder(string prefix) : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
