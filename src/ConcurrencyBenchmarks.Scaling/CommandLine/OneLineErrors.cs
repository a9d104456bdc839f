namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>A program's last word on what went wrong: one line on standard error and an exit code, never a stack trace.</summary>
public static class OneLineErrors
{
    public static int Run(string program, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"{program}: {e.Message}");
            return ExitCodes.BadArguments;
        }
        catch (Exception e)
        {
            // Every command has cleaned up on its way out (finally blocks): what is left to do is to say what happened, in one line.
            Console.Error.WriteLine($"{program}: unexpected {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.BenchmarkFailed;
        }
    }
}
