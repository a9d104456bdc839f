using ConcurrencyBenchmarks.Tests.Support;
using Xunit.Sdk;

namespace ConcurrencyBenchmarks.Tests.Program;

/// <summary>The collection that loads the whole machine runs after every other one, whatever order xunit found them in.</summary>
public class TestOrderTests
{
    [Fact]
    public void The_whole_machine_collection_comes_last()
    {
        var found = new[] { "Test collection for B", WholeMachineLast.WholeMachine, "Test collection for A", "Test collection for C" }
            .Select(name => new TestCollection(new TestAssembly(Reflector.Wrap(typeof(TestOrderTests).Assembly)), null, name));

        var order = new WholeMachineLast().OrderTestCollections(found).Select(c => c.DisplayName).ToArray();

        Assert.Equal(WholeMachineLast.WholeMachine, order[^1]);
        Assert.Equal(["Test collection for A", "Test collection for B", "Test collection for C"], order[..^1]);
    }
}
