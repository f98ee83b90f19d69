using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Registry.Etl.Parquet.Writing;

/// <summary>
/// Columns are encoded and compressed in parallel. Workers take columns from a shared queue, costliest
/// first as measured on the previous step (longest-processing-time-first), so the step does not wait on
/// one expensive column started last. The order affects only timing: each column's bytes are its own.
/// </summary>
public sealed partial class ParquetFileWriter
{
    private int[]? _order;
    private long[]? _cost;

    private void RunParallel(Action<int> body)
    {
        var order = _order ??= Enumerable.Range(0, _columns.Length).ToArray();
        var cost = _cost ??= new long[_columns.Length];
        var next = -1;
        var workers = Math.Min(Options.MaxDegreeOfParallelism, _columns.Length);
        try
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < order.Length)
                {
                    var column = order[i];
                    var started = Stopwatch.GetTimestamp();
                    body(column);
                    cost[column] = Stopwatch.GetTimestamp() - started;
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        Array.Sort(order, (a, b) => cost[b].CompareTo(cost[a]));
    }
}
