namespace Registry.Etl.Pipeline.Stages;

/// <summary>Work a stage runs beside its own thread (a read ahead, a file write), which must never outlive the stage.</summary>
internal static class BackgroundWork
{
    /// <summary>
    /// Waits for every task to end without throwing: called from a <c>finally</c>, where the error already on its way
    /// (a later model or dataset that failed) is the one that goes on. A task's own failure is rethrown where its
    /// result is taken.
    /// </summary>
    public static void WaitQuietly(IEnumerable<Task> tasks)
    {
        foreach (var task in tasks)
        {
            try
            {
                task.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // reported by whoever takes the task's result, or lost to an error already propagating
            }
        }
    }
}
