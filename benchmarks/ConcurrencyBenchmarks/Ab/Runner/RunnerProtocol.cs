namespace ConcurrencyBenchmarks.Ab.Runner;

/// <summary>
/// The lines the paired runner and its driver exchange on the runner's standard input and output. The runner
/// announces its cases (<c>case</c> lines, then <c>ready</c>); then each command gets one reply: <c>ok</c>,
/// <c>time &lt;start&gt; &lt;end&gt;</c> (monotonic clock ticks, the same clock in every process of the machine) or
/// <c>error &lt;one line&gt;</c>. No line is longer than <see cref="Workloads.Protocol.BoundedLine.MaxLength"/>.
/// </summary>
public static class RunnerProtocol
{
    public const string Case = "case";
    public const string Ready = "ready";
    public const string Setup = "setup";
    public const string Invoke = "invoke";
    public const string Exit = "exit";
    public const string Ok = "ok";
    public const string Time = "time";
    public const string Error = "error";
}
