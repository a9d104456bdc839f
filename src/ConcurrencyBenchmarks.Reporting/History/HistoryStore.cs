using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConcurrencyBenchmarks.Reporting.Comparison;

namespace ConcurrencyBenchmarks.Reporting.History;

/// <summary>A line of a history file that could not be read: named, never dropped in silence, and never in the way of the rest.</summary>
public sealed record HistoryProblem(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line.ToString(CultureInfo.InvariantCulture)}: {Reason}";
}

/// <summary>Every run of one machine, in the order they were added.</summary>
public sealed record MachineHistory(string File, MachineFingerprint Machine, IReadOnlyList<HistoryRun> Runs);

public sealed record HistoryContents(IReadOnlyList<MachineHistory> Machines, IReadOnlyList<HistoryProblem> Problems);

/// <summary>
/// The history: a folder with one JSON-lines file per machine fingerprint (processor, cores, OS, runtime), one line
/// per run, so results of different machines never mix and a run is appended without rewriting what is there.
/// </summary>
public sealed partial class HistoryStore(string folder)
{
    public const string Extension = ".jsonl";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public string Folder { get; } = folder;

    /// <summary>The file of a machine: its processor in words, its cores, and a hash of the whole fingerprint.</summary>
    public string FileFor(MachineFingerprint machine)
    {
        var words = NotWord().Replace(machine.Processor.ToLowerInvariant(), "-").Trim('-');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(machine.ToString())))[..8];
        var name = $"{(words.Length > 0 ? words[..Math.Min(48, words.Length)] : "machine")}-{machine.LogicalCores?.ToString(CultureInfo.InvariantCulture) ?? "x"}c-{hash}";
        return Path.Combine(Folder, name + Extension);
    }

    /// <summary>
    /// Appends a run to its machine's file; returns the file and how many runs of the machine it now holds. A run
    /// already there is refused.
    /// </summary>
    public (string File, int Runs) Add(HistoryRun run)
    {
        var file = FileFor(run.Machine);
        try
        {
            Directory.CreateDirectory(Folder);
            var runs = File.Exists(file) ? ReadFile(file).Runs : [];
            if (runs.FirstOrDefault(r => r.Run.Id == run.Id) is { Run: not null } kept)
                throw new HistoryInputException($"this run is in the history already ({file}, line {kept.Line}: commit {kept.Run.Commit}, {kept.Run.Date:u})");
            // A file whose last line lost its end (a copy cut short) must not swallow the new run.
            var separator = File.Exists(file) && new FileInfo(file).Length > 0 && !EndsWithNewline(file) ? "\n" : "";
            File.AppendAllText(file, separator + JsonSerializer.Serialize(run, Json) + "\n", new UTF8Encoding(false));
            return (file, runs.Count(r => r.Run.Machine == run.Machine) + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HistoryInputException($"cannot write the history in '{Folder}': {e.Message}");
        }
    }

    /// <summary>Every machine's runs, and every line that could not be read.</summary>
    public HistoryContents Load()
    {
        if (!Directory.Exists(Folder))
            throw new HistoryInputException($"the history '{Folder}' does not exist");
        var machines = new List<MachineHistory>();
        var problems = new List<HistoryProblem>();
        foreach (var file in Directory.GetFiles(Folder, "*" + Extension).Order(StringComparer.Ordinal))
        {
            var (runs, fileProblems) = ReadFile(file);
            problems.AddRange(fileProblems);
            // A line copied into another machine's file still belongs to its own machine.
            foreach (var group in runs.Select(r => r.Run).GroupBy(r => r.Machine))
                machines.Add(new MachineHistory(file, group.Key, group.ToArray()));
        }
        return new HistoryContents(machines, problems);
    }

    private static (List<(int Line, HistoryRun Run)> Runs, List<HistoryProblem> Problems) ReadFile(string file)
    {
        var runs = new List<(int, HistoryRun)>();
        var problems = new List<HistoryProblem>();
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            if (line.Trim().Length == 0)
                continue;
            if (Parse(line, out var reason) is { } run)
                runs.Add((number, run));
            else
                problems.Add(new HistoryProblem(file, number, reason));
        }
        return (runs, problems);
    }

    private static HistoryRun? Parse(string line, out string reason)
    {
        HistoryRun? run;
        try
        {
            run = JsonSerializer.Deserialize<HistoryRun>(line, Json);
        }
        catch (JsonException e)
        {
            reason = $"not a run: {e.Message.Split('\n')[0]}";
            return null;
        }
        reason = run switch
        {
            null => "not a run: null",
            { Id: null or "" } => "not a run: no Id",
            { Commit: null or "" } => "not a run: no Commit",
            { Machine: null } => "not a run: no Machine",
            { Benchmarks: null } => "not a run: no Benchmarks",
            _ when run.Benchmarks.Any(b => b is null || string.IsNullOrEmpty(b.Id) || !(b.Median > 0)) => "not a run: a benchmark without an Id or a positive Median",
            _ => "",
        };
        return reason.Length == 0 ? run : null;
    }

    private static bool EndsWithNewline(string file)
    {
        using var stream = File.OpenRead(file);
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte() == '\n';
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotWord();
}
