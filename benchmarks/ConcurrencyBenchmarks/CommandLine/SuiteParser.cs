using System.CommandLine;
using System.CommandLine.Help;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// How the suite's own commands read their arguments, on System.CommandLine: <c>--name value</c> and
/// <c>--name=value</c> alike, <c>--help</c> on every command from the options it declares, and any mistake (an
/// unknown option, one given twice, a value that does not parse) refused in one line with the command's usage.
/// </summary>
public static class SuiteParser
{
    public const string Program = "ConcurrencyBenchmarks";

    /// <summary>The parse of <paramref name="args"/> by <paramref name="command"/>; null when they asked for help, which is then written.</summary>
    public static ParseResult? Parse(Command command, IReadOnlyList<string> args, TextWriter output)
    {
        var root = new RootCommand("ConcurrencyBenchmarks: how .NET runs work side by side, every number held against the physical limit.")
        {
            command,
        };
        // "--python=" would read as the option without a value; given the "=", a value was meant.
        if (args.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal) && a.EndsWith('=') && a.IndexOf('=') == a.Length - 1) is { } empty)
            throw new UsageException($"{empty[..^1]} needs a value; usage: {Usage(command)}");
        var result = root.Parse([command.Name, .. args]);
        if (result.Action is HelpAction)
        {
            result.Invoke(new InvocationConfiguration { Output = output });
            return null;
        }
        if (result.Errors.Count > 0)
            throw new UsageException($"{result.Errors[0].Message.TrimEnd('.')}; usage: {Usage(result.CommandResult.Command)}");
        return result;
    }

    /// <summary>
    /// One line of usage, from the options the command declares, e.g. <c>compare --base &lt;dir|file&gt; [--top &lt;N&gt;]</c>;
    /// for a command that only groups others (<c>history</c>), theirs.
    /// </summary>
    public static string Usage(Command command) =>
        command.Subcommands.Count > 0 && command.Options.All(o => o is HelpOption or VersionOption)
            ? string.Join(" | ", command.Subcommands.Select(Usage))
            : string.Join(' ', new[] { CommandPath(command) }.Concat(command.Options.Where(o => o is not HelpOption and not VersionOption && !o.Hidden).Select(Usage)));

    private static string Usage(Option option)
    {
        var value = option.ValueType == typeof(bool) ? option.Name
            : option.Arity.MaximumNumberOfValues > 1 ? $"{option.Name} <{option.HelpName ?? "value"}>..."
            : $"{option.Name} <{option.HelpName ?? "value"}>";
        return option.Required ? value : $"[{value}]";
    }

    private static string CommandPath(Command command) =>
        command.Parents.OfType<Command>().FirstOrDefault(p => p is not RootCommand) is { } parent ? $"{CommandPath(parent)} {command.Name}" : command.Name;

    /// <summary>Whether the option was on the command line (a default, or a flag's implicit false, is not).</summary>
    public static bool Given(this ParseResult parsed, Option option) => parsed.GetResult(option) is { Implicit: false };

    /// <summary>A value option that refuses an empty value (<c>--base=</c>), which names nothing.</summary>
    public static Option<string> Text(string name, string helpName, string description, bool required = false)
    {
        var option = new Option<string>(name) { Description = description, HelpName = helpName, Required = required };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { Length: 0 })
                result.AddError($"{name} needs a value");
        });
        return option;
    }

    /// <summary>An option whose text is turned into its value by <paramref name="parse"/>, which throws a <see cref="UsageException"/> saying what is wrong.</summary>
    public static Option<T> Parsed<T>(string name, string helpName, string description, Func<string, T> parse) =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result =>
            {
                try
                {
                    return parse(result.Tokens.Single().Value);
                }
                catch (UsageException e)
                {
                    result.AddError(e.Message);
                    return default!;
                }
            },
        };

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description, Arity = ArgumentArity.Zero };
}
