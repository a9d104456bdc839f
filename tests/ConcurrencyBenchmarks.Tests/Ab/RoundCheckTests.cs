using ConcurrencyBenchmarks.Ab;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Ab;

/// <summary>A round's results must be of the commit its side names: a mix-up is caught, not compared.</summary>
public sealed class RoundCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cb-round-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Results(string? commit) => DamagedReport.Write(_folder, text => commit is null ? text
        : text.Replace("\"HostEnvironmentInfo\":{", $"\"RunEnvironment\":{{\"Build\":{{\"Assembly\":\"x.dll\",\"Commit\":\"{commit}\"}}}},\"HostEnvironmentInfo\":{{"));

    [Fact]
    public void Results_of_another_commit_are_named_as_a_mix_up()
    {
        var mismatch = RoundCheck.Mismatch(Results("1111111111"), "2222222222");

        Assert.NotNull(mismatch);
        Assert.Contains("measured commit 1111111111", mismatch);
    }

    [Fact]
    public void Results_of_the_sides_commit_pass_and_so_do_results_that_record_no_build()
    {
        Assert.Null(RoundCheck.Mismatch(Results("2222222222"), "2222222222"));
        Assert.Null(RoundCheck.Mismatch(Results(null), "2222222222"));
        Assert.Equal("wrote no results", RoundCheck.Mismatch(Path.Combine(_folder, "missing"), "2222222222"));
    }
}
