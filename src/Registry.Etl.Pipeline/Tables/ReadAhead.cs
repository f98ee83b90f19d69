using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Registry.Etl.Pipeline.Tables;

/// <summary>
/// Enumerates a sequence on a thread of its own, up to a few items ahead of the consumer: decoding the next
/// row groups while the consumer encodes the current one keeps a second core busy in a loop that would
/// otherwise alternate between the two. Items arrive in order; an exception of the source reaches the consumer
/// at the item where it happened; when the consumer stops early, the source is stopped and disposed before
/// the enumeration returns (so its files are closed).
/// </summary>
internal static class ReadAhead
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int depth)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        return Enumerate(source, depth);
    }

    private static IEnumerable<T> Enumerate<T>(IEnumerable<T> source, int depth)
    {
        using var queue = new BlockingCollection<T>(depth);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var item in source)
                    {
                        queue.Add(item, stop.Token);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // the consumer stopped early
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            foreach (var item in queue.GetConsumingEnumerable())
            {
                yield return item;
            }

            // the queue is complete: the producer has finished or failed
            producer.Wait();
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            producer.Wait();
        }
    }
}
