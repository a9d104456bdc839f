using ConcurrencyBenchmarks.RunReporting;

namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>A case's outcome: its estimate and verdict, and both sides' median times.</summary>
public sealed record PairedCaseResult(string Id, PairedEstimate Estimate, PairedVerdict Verdict, double BaseMedian, double HeadMedian);

/// <summary>A strategy's speed-up over Serial on each side (medians of slot-by-slot ratios) and how it changed.</summary>
public sealed record PairedSpeedupResult(string Family, string Strategy, int Workers, double BaseSpeedup, double HeadSpeedup,
    PairedEstimate Estimate, string Verdict);

/// <summary>What the pairs say: every case's verdict and every strategy's speed-up, judged at one threshold and level.</summary>
public sealed class PairedComparison
{
    public required IReadOnlyList<PairedCaseResult> Cases { get; init; }
    public required IReadOnlyList<PairedSpeedupResult> Speedups { get; init; }
    public required PairedSettings Settings { get; init; }

    public int Count(PairedVerdict verdict) => Cases.Count(c => c.Verdict == verdict);

    public string SummaryLine =>
        $"faster: {Count(PairedVerdict.Faster)}, slower: {Count(PairedVerdict.Slower)}, same: {Count(PairedVerdict.Same)}, unsure: {Count(PairedVerdict.Unsure)}";

    public static PairedComparison From(IReadOnlyList<CaseSeries> cases, PairedSettings settings)
    {
        var results = cases.Where(c => c.Pairs.Count > 0).Select(c =>
        {
            var estimate = PairedEstimate.From(c.LogRatios, settings.Level);
            return new PairedCaseResult(c.Id, estimate, estimate.Verdict(settings.Threshold),
                Median.Of(c.Pairs.Select(p => p.BaseNanoseconds).ToArray()), Median.Of(c.Pairs.Select(p => p.HeadNanoseconds).ToArray()));
        }).ToArray();
        return new PairedComparison { Cases = results, Speedups = SpeedupsOf(cases, settings).ToArray(), Settings = settings };
    }

    /// <summary>
    /// Per slot, ln(speed-up head / speed-up base) = ln(Serial head/base) − ln(strategy head/base): the host's drift
    /// cancels within each side's adjacent Serial and strategy, and again between the sides.
    /// </summary>
    private static IEnumerable<PairedSpeedupResult> SpeedupsOf(IReadOnlyList<CaseSeries> cases, PairedSettings settings)
    {
        foreach (var group in cases.Where(c => c.Position is not null).GroupBy(c => c.Group))
        {
            if (group.FirstOrDefault(c => c.IsBaseline) is not { } serial)
                continue;
            var serialBySlot = serial.Pairs.GroupBy(p => (p.Pass, p.Slot)).ToDictionary(g => g.Key, g => g.First());
            foreach (var strategy in group.Where(c => !c.IsBaseline))
            {
                var slots = strategy.Pairs.Where(p => serialBySlot.ContainsKey((p.Pass, p.Slot)))
                    .Select(p => (Serial: serialBySlot[(p.Pass, p.Slot)], Strategy: p)).ToArray();
                if (slots.Length == 0)
                    continue;
                var estimate = PairedEstimate.From(slots.Select(s => s.Serial.LogRatio - s.Strategy.LogRatio).ToArray(), settings.Level);
                var verdict = estimate.Verdict(settings.Threshold) switch
                {
                    PairedVerdict.Slower => "Gained", // the head's speed-up is larger
                    PairedVerdict.Faster => "Lost",
                    var other => other.ToString(),
                };
                var position = strategy.Position!;
                yield return new PairedSpeedupResult(position.Family, position.Strategy, position.Workers,
                    Math.Exp(Median.Of(slots.Select(s => Math.Log(s.Serial.BaseNanoseconds / s.Strategy.BaseNanoseconds)).ToArray())),
                    Math.Exp(Median.Of(slots.Select(s => Math.Log(s.Serial.HeadNanoseconds / s.Strategy.HeadNanoseconds)).ToArray())),
                    estimate, verdict);
            }
        }
    }

}
