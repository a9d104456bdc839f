namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// A filter typed with a Unix shell's quotes in Windows' cmd.exe: <c>--filter '*'</c> reaches the program with its
/// single quotes, which no benchmark name holds, so it would match nothing. The quotes are the shell's, not the
/// filter's: they go.
/// </summary>
public static class QuotedFilters
{
    public static string[] Unquote(IReadOnlyList<string> args)
    {
        var result = new string[args.Count];
        var inFilter = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('-'))
                inFilter = arg.Equals("--filter", StringComparison.OrdinalIgnoreCase) || arg == "-f";
            else if (inFilter && arg is ['\'', .., '\''] && arg.Length > 2)
                arg = arg[1..^1];
            result[i] = arg;
        }
        return result;
    }
}
