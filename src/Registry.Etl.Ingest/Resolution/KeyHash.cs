using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Registry.Etl.Ingest.Resolution;

/// <summary>
/// A source key as 128 bits: the first half of the SHA-256 of its UTF-16 code units. The streaming index keeps
/// these instead of the key strings (16 bytes whatever the key's length, and no string kept alive per key).
/// Why equal hashes may stand for equal keys: SHA-256 truncated to 128 bits is still a collision-resistant
/// function (finding any two keys with the same hash takes about 2^64 work, even on purpose), and for n
/// distinct keys the chance that any two share a hash is below n^2 / 2^129: about 6e-25 for the national
/// LBZ's 20 million keys, far below the chance of an undetected memory or disk error in the same run. The
/// hash never leaves the process (nothing is written with it), so its byte order does not matter.
/// </summary>
public readonly record struct KeyHash(ulong Lo, ulong Hi)
{
    /// <summary>The hash of <paramref name="key"/>.</summary>
    public static KeyHash Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(key.AsSpan()), digest);
        var words = MemoryMarshal.Cast<byte, ulong>(digest);
        return new KeyHash(words[0], words[1]);
    }
}
