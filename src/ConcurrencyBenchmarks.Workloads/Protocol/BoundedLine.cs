using System.Text;

namespace ConcurrencyBenchmarks.Workloads.Protocol;

/// <summary>
/// Reads one line of a line protocol without letting the other side decide how much memory it takes: a line longer
/// than <see cref="MaxLength"/> is read to its end and discarded, and the reader says so.
/// </summary>
public static class BoundedLine
{
    /// <summary>Far above any line of the pool protocol (a request or a reply is under a hundred characters).</summary>
    public const int MaxLength = 4096;

    /// <summary>The next line (without its end), or null at the end of input; <paramref name="overlong"/> when it was cut.</summary>
    public static string? Read(TextReader reader, out bool overlong)
    {
        overlong = false;
        var line = new StringBuilder();
        for (var c = reader.Read(); ; c = reader.Read())
        {
            if (c < 0)
                return line.Length > 0 || overlong ? Finish(line, overlong) : null;
            if (c == '\n')
                return Finish(line, overlong);
            if (line.Length < MaxLength)
                line.Append((char)c);
            else
                overlong = true;
        }
    }

    private static string Finish(StringBuilder line, bool overlong) =>
        overlong ? "" : line.ToString().TrimEnd('\r');
}
