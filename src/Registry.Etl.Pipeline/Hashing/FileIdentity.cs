using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Registry.Etl.Pipeline.Hashing;

/// <summary>
/// What identifies a file's content without reading it, as git's index does: device, inode, size, and the
/// modification and change times in nanoseconds (statx). Writing to a file changes its change time, which no
/// program can set back, so a file with the same identity has not been written since. Null off Linux or when
/// the file system does not report all of these: the caller then reads the file.
/// </summary>
internal static partial class FileIdentity
{
    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x7ff;
    private const uint Needed = 0x40 /* mtime */ | 0x80 /* ctime */ | 0x100 /* ino */ | 0x200 /* size */;

    public static string? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256]; // struct statx: the same layout on every architecture
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxBasicStats, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null; // a libc without statx (before glibc 2.28)
        }

        var b = buffer.AsSpan();
        if ((BinaryPrimitives.ReadUInt32LittleEndian(b) & Needed) != Needed || !BitConverter.IsLittleEndian)
        {
            return null;
        }

        var ino = BinaryPrimitives.ReadUInt64LittleEndian(b[32..]);
        var size = BinaryPrimitives.ReadUInt64LittleEndian(b[40..]);
        var ctime = (BinaryPrimitives.ReadInt64LittleEndian(b[96..]), BinaryPrimitives.ReadUInt32LittleEndian(b[104..]));
        var mtime = (BinaryPrimitives.ReadInt64LittleEndian(b[112..]), BinaryPrimitives.ReadUInt32LittleEndian(b[120..]));
        var dev = (BinaryPrimitives.ReadUInt32LittleEndian(b[136..]), BinaryPrimitives.ReadUInt32LittleEndian(b[140..]));
        return string.Create(CultureInfo.InvariantCulture, $"{dev.Item1}:{dev.Item2}:{ino}:{size}:{mtime.Item1}.{mtime.Item2:D9}:{ctime.Item1}.{ctime.Item2:D9}");
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
