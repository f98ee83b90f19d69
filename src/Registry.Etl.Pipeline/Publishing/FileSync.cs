using System.Runtime.InteropServices;

namespace Registry.Etl.Pipeline.Publishing;

/// <summary>
/// fsync for files and directories. A rename is atomic for every process on the machine at once, but it
/// survives a power cut only after the file data and the directory entries are on disk: POSIX renames
/// are ordered by nothing else. .NET has no directory fsync, so that one goes through libc.
/// </summary>
internal static partial class FileSync
{
    public static void File(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        stream.Flush(flushToDisk: true);
    }

    public static void Directory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // NTFS journals directory entries itself; no user-mode equivalent is needed
        }

        var fd = Open(path, 0 /* O_RDONLY */);
        if (fd < 0)
        {
            throw new IOException($"Cannot open '{path}' to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(fd) != 0)
            {
                throw new IOException($"fsync of '{path}' failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    /// <summary>Flushes every file below <paramref name="root"/>, then every directory, deepest first.</summary>
    public static void Tree(string root)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            File(file);
        }

        var dirs = System.IO.Directory.GetDirectories(root, "*", SearchOption.AllDirectories);
        Array.Sort(dirs, (a, b) => b.Length.CompareTo(a.Length));
        foreach (var dir in dirs)
        {
            Directory(dir);
        }

        Directory(root);
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
