namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// How the suite's own commands read their options: <c>--name value</c> and <c>--name=value</c> alike; an option
/// given twice, an unknown one, or one without its value is refused in one line. A list option (<c>--filter</c>)
/// takes every value up to the next option and may be repeated; one that may also be given bare (<c>tour --python</c>)
/// then stands for its default.
/// </summary>
public sealed class OptionReader
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    private OptionReader()
    {
    }

    /// <param name="command">The command, for the messages (e.g. "compare").</param>
    /// <param name="values">Options that take one value.</param>
    /// <param name="flags">Options that take none.</param>
    /// <param name="lists">Options that take one value or more.</param>
    /// <param name="bareLists">List options that may also be given without a value.</param>
    public static OptionReader Read(IReadOnlyList<string> args, string command, string usage,
        IReadOnlyCollection<string> values, IReadOnlyCollection<string>? flags = null, IReadOnlyCollection<string>? lists = null,
        IReadOnlyCollection<string>? bareLists = null)
    {
        flags ??= [];
        bareLists ??= [];
        lists = [.. lists ?? [], .. bareLists];
        var reader = new OptionReader();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], null);
            if (flags.Contains(name))
            {
                if (inline is not null)
                    throw new UsageException($"{name} takes no value; usage: {usage}");
                reader.Add(name, [], lists, usage);
                continue;
            }
            if (!values.Contains(name) && !lists.Contains(name))
                throw new UsageException($"unknown {command} option '{args[i]}'; usage: {usage}");
            var taken = new List<string>();
            if (inline is not null)
                taken.Add(inline);
            else if (lists.Contains(name))
                for (; i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal); i++)
                    taken.Add(args[i + 1]);
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                taken.Add(args[++i]);
            if ((taken.Count == 0 && !bareLists.Contains(name)) || taken.Any(t => t.Length == 0))
                throw new UsageException($"{name} needs a value; usage: {usage}");
            reader.Add(name, taken, lists, usage);
        }
        return reader;
    }

    public string? Value(string name) => _values.TryGetValue(name, out var values) ? values.Single() : null;

    public bool Has(string name) => _values.ContainsKey(name);

    public IReadOnlyList<string> List(string name) => _values.TryGetValue(name, out var values) ? values : [];

    private void Add(string name, List<string> taken, IReadOnlyCollection<string> lists, string usage)
    {
        if (_values.TryGetValue(name, out var earlier))
        {
            if (!lists.Contains(name))
                throw new UsageException($"{name} is given twice; usage: {usage}");
            earlier.AddRange(taken);
            return;
        }
        _values[name] = taken;
    }
}
