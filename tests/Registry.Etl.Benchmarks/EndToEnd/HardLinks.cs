using System.Runtime.InteropServices;

namespace Registry.Etl.Benchmarks.EndToEnd;

/// <summary>
/// Fills a working export folder from the cached set without copying gigabytes: a hard link per file
/// (same bytes, same inode, so the cached set itself is never modified by a run), a copy where links are
/// impossible (another file system).
/// </summary>
internal static partial class HardLinks
{
    /// <summary>Links every file below <paramref name="from"/> to the same relative path below <paramref name="to"/>; returns the file count.</summary>
    public static int Mirror(string from, string to)
    {
        var count = 0;
        if (!Directory.Exists(from))
        {
            return 0;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (File.Exists(target))
            {
                File.Delete(target); // a re-delivered file replaces the older one, as an export drop does
            }

            if (Link(file, target) != 0)
            {
                File.Copy(file, target);
            }

            count++;
        }

        return count;
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
