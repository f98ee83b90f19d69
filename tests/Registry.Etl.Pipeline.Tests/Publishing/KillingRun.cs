namespace Registry.Etl.Pipeline.Tests.Publishing;

/// <summary>Starts a crash-run child, kills it with SIGKILL at an aimed marker (or after a time), returns the last marker seen.</summary>
internal static class KillingRun
{
    /// <param name="workingDirectory">The child's working folder.</param>
    /// <param name="args">The test host's arguments (crash-run ...).</param>
    /// <param name="aimed">Kill <paramref name="killAfter"/> after this marker line; null: <paramref name="killAfter"/> after the start.</param>
    /// <param name="killAfter">The delay.</param>
    public static async Task<string> RunAsync(string workingDirectory, string[] args, string? aimed, TimeSpan killAfter)
    {
        using var child = ChildProcess.Start(workingDirectory, args);
        var last = "started";
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var started = TimeProvider.System.GetTimestamp();
        var lineTask = child.StandardOutput.ReadLineAsync(deadline.Token).AsTask();
        while (true)
        {
            var wait = aimed is null ? killAfter - TimeProvider.System.GetElapsedTime(started) : Timeout.InfiniteTimeSpan;
            if (wait != Timeout.InfiniteTimeSpan && wait <= TimeSpan.Zero)
            {
                break;
            }

            var done = await Task.WhenAny(lineTask, Task.Delay(wait == Timeout.InfiniteTimeSpan ? TimeSpan.FromSeconds(120) : wait, deadline.Token));
            if (done != lineTask)
            {
                break;
            }

            var line = await lineTask;
            if (line is null)
            {
                break; // the run ended by itself before the kill
            }

            if (line.StartsWith("PHASE ", StringComparison.Ordinal) || line.StartsWith("STAGE ", StringComparison.Ordinal))
            {
                last = line;
            }

            if (line == aimed)
            {
                await Task.Delay(killAfter);
                break;
            }

            lineTask = child.StandardOutput.ReadLineAsync(deadline.Token).AsTask();
        }

        if (!child.HasExited)
        {
            child.Kill(); // SIGKILL on Linux: no finally blocks, no flushes
        }

        await child.WaitForExitAsync(deadline.Token);
        return last;
    }
}
