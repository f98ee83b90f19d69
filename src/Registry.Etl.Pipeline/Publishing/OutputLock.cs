using Registry.Etl.Core.Errors;

namespace Registry.Etl.Pipeline.Publishing;

/// <summary>
/// One writer per output root: an exclusive lock on <c>&lt;out&gt;/.lock</c>. On Linux .NET takes it
/// with flock(2), so the kernel drops it when the holder dies, even by SIGKILL; a stale lock cannot exist.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    public static async Task<OutputLock> AcquireAsync(OutputLayout layout, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(layout.Root);
        var deadline = time.GetTimestamp() + (long)(timeout.TotalSeconds * time.TimestampFrequency);
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(layout.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (time.GetTimestamp() < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), time, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new OutputBusyException(layout.Root, e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
