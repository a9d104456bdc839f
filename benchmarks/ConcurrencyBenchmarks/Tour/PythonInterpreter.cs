using System.Text.Json;

namespace ConcurrencyBenchmarks.Tour;

/// <summary>
/// One Python the tour ran, as it described itself: its version, whether it is a free-threaded build, and whether
/// its GIL was on. <see cref="GilAsked"/> is false for a Python without <c>sys._is_gil_enabled</c> (before 3.13),
/// which always holds the GIL.
/// </summary>
public sealed record PythonInterpreter(string Path, string Implementation, string Version, bool FreeThreadedBuild, bool GilEnabled, bool GilAsked)
{
    /// <summary>Reads the <c>INTERPRETER</c> line of tour.py.</summary>
    public static PythonInterpreter Parse(string path, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var gil = root.GetProperty("gil_enabled");
        return new PythonInterpreter(
            path,
            root.GetProperty("implementation").GetString() ?? "Python",
            root.GetProperty("version").GetString() ?? "?",
            root.GetProperty("free_threaded_build").GetBoolean(),
            GilEnabled: gil.ValueKind != JsonValueKind.False,
            GilAsked: gil.ValueKind is JsonValueKind.True or JsonValueKind.False);
    }

    /// <summary>The column heading: "CPython 3.11", or "CPython 3.13t" for a free-threaded build.</summary>
    public string Label => $"{Implementation} {string.Join('.', Version.Split('.').Take(2))}{(FreeThreadedBuild ? "t" : "")}";

    /// <summary>One line: which Python, and the state of its GIL with how that is known.</summary>
    public string Description =>
        $"{Implementation} {Version} ({Path}): " + (GilAsked, GilEnabled, FreeThreadedBuild) switch
        {
            (false, _, _) => "GIL on (no sys._is_gil_enabled: every CPython before 3.13 holds the GIL)",
            (true, false, _) => "GIL off (sys._is_gil_enabled() is False)",
            (true, true, true) => "GIL on, although a free-threaded build (PYTHON_GIL=1, -X gil=1, or an extension that needs it)",
            (true, true, false) => "GIL on (sys._is_gil_enabled() is True)",
        };
}
