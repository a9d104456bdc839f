using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ConcurrencyBenchmarks.Ab.Runner;
using ConcurrencyBenchmarks.Workloads.Protocol;

namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>
/// One side's paired runner as the driver sees it: started with the side's build, asked one command at a time, its
/// standard error kept in a log. <see cref="Dispose"/> asks it to clean up and exit, and ends its whole process tree
/// if it does not, so no runner or worker outlives <c>ab</c>.
/// </summary>
public sealed class RunnerProcess : IDisposable
{
    /// <summary>The longest a runner may take to answer one command (a setup starting a pool, one invocation).</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = new();
    private readonly string _log;
    private readonly StreamWriter _errors;
    private bool _disposed;
    private bool _logClosed;
    private volatile bool _overlong;

    private RunnerProcess(string side, Process process, string log)
    {
        Side = side;
        _process = process;
        _log = log;
        _errors = new StreamWriter(log) { AutoFlush = true };
    }

    public string Side { get; }
    public int Pid => _process.Id;
    public IReadOnlyList<PairedCase> Cases { get; private set; } = [];

    /// <summary>
    /// Starts the runner of this program on a side's benchmark build, with the filters that select the cases; the
    /// sizes come from this process's environment, and <paramref name="environment"/> may set more.
    /// </summary>
    public static RunnerProcess Start(string side, string sideAssembly, IReadOnlyList<string> filters, string log,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var self = typeof(RunnerProcess).Assembly.Location;
        var start = new ProcessStartInfo(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { self, RunnerCommand.Name, sideAssembly }.Concat(filters))
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        var process = new Process { StartInfo = start };
        var runner = new RunnerProcess(side, process, log);
        process.ErrorDataReceived += (_, e) => runner.Log(e.Data);
        process.Start();
        process.BeginErrorReadLine();
        new Thread(runner.ReadLines) { IsBackground = true, Name = $"ab {side} runner" }.Start();
        try
        {
            runner.Cases = runner.ReadCases();
            return runner;
        }
        catch
        {
            runner.Dispose();
            throw;
        }
    }

    public void Setup(int index) => Expect(RunnerProtocol.Ok, $"{RunnerProtocol.Setup} {index}");

    /// <summary>One invocation: the runner's clock readings before and after it.</summary>
    public (long Start, long End) Invoke(int index)
    {
        var reply = Ask($"{RunnerProtocol.Invoke} {index}");
        return reply.Split(' ') is [RunnerProtocol.Time, var start, var end]
               && long.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
               && long.TryParse(end, NumberStyles.None, CultureInfo.InvariantCulture, out var e) && e >= s
            ? (s, e)
            : throw Failure($"answered '{Shorten(reply)}' to an invocation");
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        try
        {
            _process.StandardInput.WriteLine(RunnerProtocol.Exit); // the runner cleans its cases up (pools included)
            _process.StandardInput.Flush();
        }
        catch (IOException) { /* it is gone already */ }
        if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
            Kill();
        _process.WaitForExit(); // and for the last lines of its standard error
        _process.Dispose();
        lock (_errors)
        {
            _logClosed = true;
            _errors.Dispose();
        }
    }

    /// <summary>A line of the runner's standard error, into its log while the log is open.</summary>
    private void Log(string? line)
    {
        if (line is null)
            return;
        lock (_errors)
            if (!_logClosed)
                _errors.WriteLine(line);
    }

    private void Kill()
    {
        try { _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { /* it exited meanwhile */ }
    }

    private IReadOnlyList<PairedCase> ReadCases()
    {
        var cases = new List<PairedCase>();
        for (var line = Next(); line != RunnerProtocol.Ready; line = Next())
            cases.Add(line.Split('\t', 2) is [RunnerProtocol.Case, var fields] && PairedCase.TryParse(fields) is { } paired
                ? paired
                : throw Failure($"announced '{Shorten(line)}' instead of a case"));
        return cases;
    }

    private void Expect(string expected, string command)
    {
        var reply = Ask(command);
        if (reply != expected)
            throw Failure($"answered '{Shorten(reply)}' to '{command}'");
    }

    private string Ask(string command)
    {
        try
        {
            _process.StandardInput.WriteLine(command);
            _process.StandardInput.Flush();
        }
        catch (IOException)
        {
            throw Failure("stopped taking commands");
        }
        return Next();
    }

    private string Next() =>
        _lines.TryTake(out var line, CommandTimeout) ? line
        : _overlong ? throw Failure($"sent a line longer than {BoundedLine.MaxLength} characters")
        : _lines.IsCompleted || _process.HasExited ? throw Failure($"exited (code {ExitCode()})")
        : throw Failure($"did not answer within {CommandTimeout.TotalMinutes:0} minutes");

    /// <summary>Reads the runner's lines, none longer than the protocol allows; the end of its output ends the list.</summary>
    private void ReadLines()
    {
        try
        {
            while (BoundedLine.Read(_process.StandardOutput, out var overlong) is { } line)
            {
                if (overlong)
                {
                    _overlong = true; // not the protocol: stop listening, and say why
                    break;
                }
                _lines.Add(line);
            }
        }
        catch (IOException) { /* killed */ }
        finally
        {
            _lines.CompleteAdding();
        }
    }

    private string ExitCode()
    {
        _process.WaitForExit(TimeSpan.FromSeconds(5));
        return _process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "?";
    }

    private RunnerFailedException Failure(string what) => new($"the {Side}'s runner {what}; see {_log}");

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
