using System.Diagnostics;
using System.Text;

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>
/// A history file opened under a lock: alone to append (read, check and write in one hold), shared to read. Another
/// holder is waited for, up to <see cref="Patience"/>, since an add holds the file for well under a second.
/// </summary>
public static class HistoryFile
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static FileStream Open(string file, bool write)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return write
                    ? new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)
                    : new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
            }
            catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException)
                                        && File.Exists(file) && clock.Elapsed < Patience)
            {
                Thread.Sleep(Random.Shared.Next(10, 60)); // held by another add: wait our turn
            }
        }
    }

    public static string ReadAll(FileStream stream)
    {
        stream.Position = 0;
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return reader.ReadToEnd();
    }

    /// <summary>Writes the text at the end in one write and flushes it to the disk before the lock is let go.</summary>
    public static void Append(FileStream stream, string text)
    {
        stream.Seek(0, SeekOrigin.End);
        stream.Write(new UTF8Encoding(false).GetBytes(text));
        stream.Flush(flushToDisk: true);
    }
}
