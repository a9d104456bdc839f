using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConcurrencyBenchmarks.CommandLine;

namespace ConcurrencyBenchmarks.Tour;

/// <summary>Runs the same experiment in CPython (tour.py, shipped beside the program) for a side-by-side view.</summary>
public static class PythonTour
{
    public const string Script = "tour.py";

    /// <summary>
    /// The names a CPython goes by, in the order they are tried when none is named: on Windows the launcher py, then
    /// python.exe (python3.exe is often the Store's installer stub); elsewhere python3, then python.
    /// </summary>
    public static IReadOnlyList<string> DefaultPythons(bool windows) => windows ? ["py", "python", "python3"] : ["python3", "python"];

    /// <summary>Each interpreter asked for (a name on the PATH or a path), or the first default found; a usage error for one not found.</summary>
    public static IReadOnlyList<string> Find(IReadOnlyList<string> requested)
    {
        if (requested.Count == 0)
        {
            var names = DefaultPythons(OperatingSystem.IsWindows());
            return [names.Select(OnPath).FirstOrDefault(found => found is not null)
                    ?? throw new UsageException($"--python needs {string.Join(" or ", names)} on the PATH, and there is none")];
        }
        return requested.Select(name => name.Contains('/') || name.Contains(Path.DirectorySeparatorChar)
                ? File.Exists(name) ? Path.GetFullPath(name) : throw new UsageException($"--python '{name}' does not exist")
                : OnPath(name) ?? throw new UsageException($"--python '{name}' is not on the PATH"))
            .ToArray();
    }

    /// <summary>The free-threaded CPythons on the PATH (python3.13t, python3.14t, ...; python3.14t.exe on Windows), by name.</summary>
    public static IReadOnlyList<string> FreeThreadedOnPath() => FreeThreaded(PathFolders().Where(Directory.Exists).SelectMany(Directory.EnumerateFiles));

    /// <summary>The free-threaded CPython names among <paramref name="files"/>, without Windows' .exe.</summary>
    public static IReadOnlyList<string> FreeThreaded(IEnumerable<string> files) =>
        files.Select(Path.GetFileName)
            .Select(name => name!.EndsWith(".exe", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name)
            .Where(name => Regex.IsMatch(name, @"^python3\.\d+t$"))
            .Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Runs the script, echoing its worker lines, and returns which Python it was and its wall times.</summary>
    public static PythonRun Run(string python, TourOptions options, TextWriter output)
    {
        var script = Path.Combine(AppContext.BaseDirectory, Script);
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     script, "--workers", options.Workers.ToString(CultureInfo.InvariantCulture),
                     "--sleep-seconds", options.Sleep.TotalSeconds.ToString(CultureInfo.InvariantCulture),
                     "--iterations", options.PythonIterations.ToString(CultureInfo.InvariantCulture),
                 })
            start.ArgumentList.Add(arg);

        using var process = Start(python, start);
        var errors = process.StandardError.ReadToEndAsync();
        string? interpreter = null, result = null;
        try
        {
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith("INTERPRETER ", StringComparison.Ordinal))
                {
                    interpreter = line["INTERPRETER ".Length..];
                    output.WriteLine("  " + Described(python, interpreter).Description);
                }
                else if (line.StartsWith("RESULT ", StringComparison.Ordinal))
                    result = line["RESULT ".Length..];
                else
                    output.WriteLine("  python: " + line);
            }
            process.WaitForExit();
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
        // What is given as a Python may be anything: one that does not run the script as a Python does is bad input.
        if (process.ExitCode != 0 || interpreter is null || result is null)
            throw new UsageException($"--python '{python}' did not run {Script} as a Python does (exit code {process.ExitCode}"
                                     + (interpreter is null ? ", no INTERPRETER line" : result is null ? ", no RESULT line" : "")
                                     + (errors.Result.Trim() is { Length: > 0 } error ? $": {error.Split('\n')[^1]})" : ")"));
        try
        {
            using var json = JsonDocument.Parse(result);
            var times = json.RootElement.EnumerateObject()
                .SelectMany(workload => workload.Value.EnumerateObject()
                    .Select(strategy => new TourResult(workload.Name, strategy.Name, TimeSpan.FromSeconds(strategy.Value.GetDouble()), [])))
                .ToArray();
            return new PythonRun(Described(python, interpreter), times);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new UsageException($"--python '{python}' printed a RESULT line that is not {Script}'s ({e.Message})");
        }
    }

    /// <summary>Starts the interpreter; a file the OS cannot run (a script, a folder, no execute permission) is bad input.</summary>
    private static Process Start(string python, ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new UsageException($"--python '{python}' did not start");
        }
        catch (Win32Exception e)
        {
            throw new UsageException($"--python '{python}' is not an interpreter this OS can start ({e.Message})");
        }
    }

    private static PythonInterpreter Described(string python, string interpreter)
    {
        try
        {
            return PythonInterpreter.Parse(python, interpreter);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new UsageException($"--python '{python}' printed an INTERPRETER line that is not {Script}'s ({e.Message})");
        }
    }

    private static string? OnPath(string name) =>
        PathFolders()
            .SelectMany(dir => OperatingSystem.IsWindows() ? [Path.Combine(dir, name + ".exe"), Path.Combine(dir, name)] : new[] { Path.Combine(dir, name) })
            .FirstOrDefault(File.Exists);

    private static string[] PathFolders() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
}
