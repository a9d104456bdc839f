using ConcurrencyBenchmarks.Analysis.Record;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text;
using ConcurrencyBenchmarks.Analysis.Comparison;

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>A line of a history file that could not be read: named, never dropped in silence, and never in the way of the rest.</summary>
public sealed record HistoryProblem(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line.ToString(CultureInfo.InvariantCulture)}: {Reason}";
}

/// <summary>Every run of one machine's series, in the order they were added.</summary>
public sealed record MachineHistory(string File, MachineSeries Machine, IReadOnlyList<HistoryRun> Runs);

public sealed record HistoryContents(IReadOnlyList<MachineHistory> Machines, IReadOnlyList<HistoryProblem> Problems);

/// <summary>
/// The history: a folder with one JSON-lines file per machine series (hardware and OS family), one line per run, so
/// results of different machines never mix and a run is appended without rewriting what is there. An add holds the
/// file alone from its read to its write, so two adds at once neither both pass the duplicate check nor tear a line.
/// </summary>
public sealed partial class HistoryStore(string folder)
{
    public const string Extension = ".jsonl";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public string Folder { get; } = folder;

    /// <summary>The file of a machine's series: its processor in words, its cores, and a hash of the series.</summary>
    public string FileFor(MachineFingerprint machine)
    {
        var series = MachineSeries.Of(machine);
        var words = NotWord().Replace(series.Processor.ToLowerInvariant(), "-").Trim('-');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(series.ToString())))[..8];
        var name = $"{(words.Length > 0 ? words[..Math.Min(48, words.Length)] : "machine")}-{series.LogicalCores?.ToString(CultureInfo.InvariantCulture) ?? "x"}c-{hash}";
        return Path.Combine(Folder, name + Extension);
    }

    /// <summary>
    /// Appends a run to its machine's file; returns the file and how many runs of the machine it now holds. A run
    /// already there, or one that <see cref="Load"/> could not read back, is refused.
    /// </summary>
    public (string File, int Runs) Add(HistoryRun run)
    {
        if (HistoryRunCheck.Problem(run) is { } problem)
            throw new RunInputException($"this run cannot be kept: {problem}");
        var line = JsonSerializer.Serialize(run, Json);
        if (Parse(line, out var reason) is null)
            throw new RunInputException($"this run would not read back from the history: {reason}");
        var file = FileFor(run.Machine);
        try
        {
            Directory.CreateDirectory(Folder);
            using var stream = HistoryFile.Open(file, write: true);
            var text = HistoryFile.ReadAll(stream);
            var runs = ReadLines(file, text).Runs;
            if (runs.FirstOrDefault(r => r.Run.Id == run.Id) is { Run: not null } kept)
                throw new RunInputException($"this run is in the history already ({file}, line {kept.Line}: commit {kept.Run.Commit}, {kept.Run.Date:u})");
            // A file whose last line lost its end (a copy cut short) must not swallow the new run.
            var separator = text.Length > 0 && !text.EndsWith('\n') ? "\n" : "";
            HistoryFile.Append(stream, separator + line + "\n");
            return (file, runs.Count(r => r.Run.Series == run.Series) + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunInputException($"cannot write the history in '{Folder}': {e.Message}");
        }
    }

    /// <summary>Every machine's runs, and every line that could not be read.</summary>
    public HistoryContents Load()
    {
        if (!Directory.Exists(Folder))
            throw new RunInputException($"the history '{Folder}' does not exist");
        var runs = new List<(string File, HistoryRun Run)>();
        var problems = new List<HistoryProblem>();
        foreach (var file in Directory.GetFiles(Folder, "*" + Extension).Order(StringComparer.Ordinal))
        {
            string text;
            try
            {
                using var stream = HistoryFile.Open(file, write: false);
                text = HistoryFile.ReadAll(stream);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new RunInputException($"cannot read the history file '{file}': {e.Message}");
            }
            var (read, fileProblems) = ReadLines(file, text);
            problems.AddRange(fileProblems);
            runs.AddRange(read.Select(r => (file, r.Run)));
        }
        // Runs belong to their machine's series whichever file holds them: a line copied into another machine's file,
        // or files named by an older fingerprint (which held the runtime) of the same machine.
        var machines = runs.GroupBy(r => r.Run.Series)
            .Select(series => new MachineHistory(series.Last().File, series.Key, series.Select(r => r.Run).ToArray())).ToArray();
        return new HistoryContents(machines, problems);
    }

    private static (List<(int Line, HistoryRun Run)> Runs, List<HistoryProblem> Problems) ReadLines(string file, string text)
    {
        var runs = new List<(int, HistoryRun)>();
        var problems = new List<HistoryProblem>();
        var number = 0;
        foreach (var line in text.Split('\n'))
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
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            reason = $"not a run: {e.Message.Split('\n')[0]}";
            return null;
        }
        reason = HistoryRunCheck.Problem(run) ?? "";
        return reason.Length == 0 ? run : null;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotWord();
}
