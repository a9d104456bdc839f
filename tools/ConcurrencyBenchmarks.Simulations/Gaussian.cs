namespace ConcurrencyBenchmarks.Simulations;

/// <summary>Standard normal draws (Box–Muller) from a seeded generator, so a seed always gives the same data.</summary>
public static class Gaussian
{
    public static double Draw(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
