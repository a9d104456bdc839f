namespace ConcurrencyBenchmarks.Ab.Runner;

/// <summary>
/// One benchmark case as the paired runner exposes it: BDN's full name (the ID its reports and the history use),
/// with the namespace, type, method and parameters as BDN's full JSON writes them, and whether it is its class's
/// baseline, and its class's worker parameter (empty when the class takes no part in scaling).
/// </summary>
public sealed record PairedCase(int Index, string Id, string Namespace, string Type, string Method, string Parameters, bool Baseline, string WorkersParameter)
{
    private const char Separator = '\t';

    /// <summary>The case as one protocol line (no field holds a tab or a line break: BDN's names never do).</summary>
    public string ToLine() => string.Join(Separator, Index, Id, Namespace, Type, Method, Parameters, Baseline ? 1 : 0, WorkersParameter);

    /// <summary>The case a protocol line describes, or null when it describes none.</summary>
    public static PairedCase? TryParse(string line) =>
        line.Split(Separator) is [var index, var id, var @namespace, var type, var method, var parameters, var baseline, var workers]
        && int.TryParse(index, out var i) && baseline is "0" or "1"
            ? new PairedCase(i, id, @namespace, type, method, parameters, baseline == "1", workers)
            : null;
}
