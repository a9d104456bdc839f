namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>
/// One change in the step table: a step of one series, or a step of the whole machine (<see cref="Machine"/>, its
/// benchmarks in <see cref="Members"/>), with the speed-up steps that only follow a Serial step of it
/// (<see cref="FollowingSerial"/>), shown under it rather than as changes of their strategies.
/// </summary>
public sealed record StepRow(DetectedStep Lead, MachineStep? Machine, IReadOnlyList<DetectedStep> Members, IReadOnlyList<DetectedStep> FollowingSerial)
{
    /// <summary>The rows of <paramref name="steps"/> (as <see cref="StepEchoes"/> marked them), in the order the steps come.</summary>
    public static IReadOnlyList<StepRow> Of(IEnumerable<DetectedStep> steps)
    {
        var all = steps.ToArray();
        var followers = all.Where(s => s.WithSerial is not null).ToArray();
        IReadOnlyList<DetectedStep> Following(IEnumerable<DetectedStep> members) =>
            followers.Where(f => members.Contains(f.WithSerial!)).ToArray();

        var rows = new List<StepRow>();
        var machines = new HashSet<MachineStep>(ReferenceEqualityComparer.Instance);
        foreach (var step in all.Where(s => s.WithSerial is null))
        {
            if (step.OfMachine is { } machine)
            {
                if (!machines.Add(machine))
                    continue;
                var members = all.Where(s => ReferenceEquals(s.OfMachine, machine)).ToArray();
                rows.Add(new StepRow(step, machine, members, Following(members)));
            }
            else
                rows.Add(new StepRow(step, null, [step], Following([step])));
        }
        return rows;
    }
}
