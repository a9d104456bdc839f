namespace ConcurrencyBenchmarks.RunReporting.Platform.MacOS;

/// <summary>
/// 32-bit counters that only grow, carried on past their wrap: a reading below the last one has wrapped once. Read at
/// least once per wrap (weeks, for CPU ticks), which every run of the suite does many times over.
/// </summary>
public sealed class WrappingCounters(int count)
{
    private readonly uint[] _last = new uint[count];
    private readonly long[] _wraps = new long[count];
    private bool _read;

    public long[] Extend(IReadOnlyList<uint> raw)
    {
        lock (_last)
        {
            var extended = new long[_last.Length];
            for (var i = 0; i < _last.Length; i++)
            {
                if (_read && raw[i] < _last[i])
                    _wraps[i]++;
                _last[i] = raw[i];
                extended[i] = (_wraps[i] << 32) + raw[i];
            }
            _read = true;
            return extended;
        }
    }
}
