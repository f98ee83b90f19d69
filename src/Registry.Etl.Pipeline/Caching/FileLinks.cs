using System.Runtime.InteropServices;

namespace Registry.Etl.Pipeline.Caching;

/// <summary>
/// Puts a cached file into a run's outputs without copying it: a hard link (same bytes, one inode; neither the
/// cache nor a published run ever writes a file in place, and evicting the cache entry leaves the run's link),
/// or a copy where a link is impossible (another file system, or not a POSIX system).
/// </summary>
internal static partial class FileLinks
{
    public static void LinkOrCopy(string existing, string created)
    {
        if (File.Exists(created))
        {
            File.Delete(created);
        }

        if (OperatingSystem.IsWindows() || Link(existing, created) != 0)
        {
            File.Copy(existing, created);
        }
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
