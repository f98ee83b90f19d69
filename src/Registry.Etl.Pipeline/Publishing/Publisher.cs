using System.Runtime.InteropServices;
using Registry.Etl.Pipeline.Running;

namespace Registry.Etl.Pipeline.Publishing;

/// <summary>
/// Makes a complete staging folder visible in two atomic steps, each a rename(2) on one file system:
/// (1) <c>.staging/x</c> -> <c>runs/&lt;run-id&gt;</c>; (2) a new symlink <c>.current.tmp</c> -> <c>current</c>.
/// A reader that opens a path under <c>current/</c> resolves the link once and sees the old run or the
/// new one, complete either way. Before (1) every file and folder is fsync'ed, and each rename is followed
/// by an fsync of its parent folder, so a power cut cannot reorder the steps on disk either.
/// </summary>
/// <remarks>
/// Why a symlink and not a pointer file: both are replaced by rename and so are equally crash-safe; a
/// symlink also lets any tool (DuckDB, Spark, a shell) open <c>current/data/...</c> without reading a
/// pointer first. A crash between (1) and (2) leaves an unreferenced complete run that the next run with
/// the same id reuses (its bytes are the same: same inputs, specs and as-of date).
/// </remarks>
internal sealed partial class Publisher(OutputLayout layout, RunObserver observer, TimeProvider time)
{
    public PublishResult Publish(string stagingDirectory, string runId)
    {
        observer.OnPhase(RunPhase.Syncing, null);
        FileSync.Tree(stagingDirectory);

        Directory.CreateDirectory(layout.Runs);
        var (name, reuse) = ChooseName(stagingDirectory, runId);
        var target = layout.RunDirectory(name);
        observer.OnPhase(RunPhase.Renaming, name);
        if (reuse)
        {
            Discard(stagingDirectory);
        }
        else
        {
            Directory.Move(stagingDirectory, target);
            Directory.SetLastWriteTimeUtc(target, time.GetUtcNow().UtcDateTime); // retention orders by publication
            FileSync.Directory(layout.Runs);
        }

        observer.OnPhase(RunPhase.SwitchingPointer, name);
        SwitchCurrent(Path.Combine("runs", name));
        return new PublishResult(target, reuse);
    }

    /// <summary>Moves a folder to <c>.trash</c> (one rename) and deletes it from there.</summary>
    public void Discard(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        Directory.CreateDirectory(layout.Trash);
        var doomed = Path.Combine(layout.Trash, $"{Path.GetFileName(directory)}.{Guid.NewGuid():N}");
        Directory.Move(directory, doomed);
        Directory.Delete(doomed, recursive: true);
    }

    /// <summary>Removes debris of killed runs: staging folders, trash, half-made pointer links. Hold the lock.</summary>
    public void SweepDebris()
    {
        foreach (var dir in new[] { layout.Staging, layout.Trash })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        if (Directory.Exists(layout.Root))
        {
            foreach (var link in Directory.EnumerateFileSystemEntries(layout.Root, ".current.*"))
            {
                File.Delete(link);
            }
        }
    }

    private (string Name, bool Reuse) ChooseName(string stagingDirectory, string runId)
    {
        var staged = File.ReadAllBytes(Path.Combine(stagingDirectory, "manifest.json"));
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? runId : $"{runId}~{n}";
            var existing = Path.Combine(layout.RunDirectory(name), "manifest.json");
            if (!Directory.Exists(layout.RunDirectory(name)))
            {
                return (name, false);
            }

            // Same run id means same inputs, specs, code and as-of date; equal manifests (which hash every
            // output) confirm the bytes. A different manifest under the same id is non-determinism: keep both.
            if (File.Exists(existing) && staged.AsSpan().SequenceEqual(File.ReadAllBytes(existing)))
            {
                return (name, true);
            }
        }
    }

    private void SwitchCurrent(string relativeTarget)
    {
        var temp = Path.Combine(layout.Root, $".current.{Environment.ProcessId}.{Guid.NewGuid():N}");
        File.CreateSymbolicLink(temp, relativeTarget);
        if (Rename(temp, layout.Current) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            File.Delete(temp);
            throw new IOException($"Could not switch '{layout.Current}' to '{relativeTarget}' (errno {errno}).");
        }

        FileSync.Directory(layout.Root);
    }

    // rename(2) itself: atomically replaces the destination (a symlink, or nothing), never follows links.
    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Rename(string from, string to);
}
