using System.Security.Cryptography;
using System.Text;

namespace Registry.Etl.Ingest.Pseudonyms;

/// <summary>
/// Keyed pseudonyms: HMAC-SHA256 of the normalised text (UTF-8) under a key derived per purpose from the
/// secret (key = HMAC-SHA256(secret, "registry-etl/pseudonym/v1/" + purpose)), as 64 upper-case hex
/// characters. The same secret and text always give the same pseudonym; without the secret none can be
/// recomputed. Thread-safe: keys are immutable; <see cref="Of"/> reuses one keyed HMAC per purpose under a
/// lock, and a reader thread takes its own <see cref="CreateHasher"/> so that threads never wait on each other.
/// </summary>
public sealed class Pseudonymiser
{
    private const string KeyLabel = "registry-etl/pseudonym/v1/";
    private readonly byte[][] _keys;
    private readonly PseudonymHasher _shared;
    private readonly Lock _gate = new();

    public Pseudonymiser(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < 16)
        {
            Core.Throw.Configuration("The pseudonym secret must be at least 16 bytes.");
        }

        var purposes = Enum.GetValues<PseudonymPurpose>();
        _keys = new byte[purposes.Length][];
        foreach (var p in purposes)
        {
            _keys[(int)p] = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(KeyLabel + p.ToString().ToLowerInvariant()));
        }

        _shared = CreateHasher();
    }

    /// <summary>The pseudonym of <paramref name="text"/> (already normalised as the README says) for <paramref name="purpose"/>.</summary>
    public string Of(PseudonymPurpose purpose, ReadOnlySpan<char> text)
    {
        lock (_gate)
        {
            return _shared.Of(purpose, text);
        }
    }

    /// <summary>Keyed HMACs of its own for one thread (not thread-safe; the same pseudonyms as <see cref="Of"/>).</summary>
    public PseudonymHasher CreateHasher() => new(_keys);
}

/// <summary>
/// One keyed HMAC per purpose, reset (not re-keyed) after each value: the key's inner and outer pad state is
/// computed once instead of once per value (a national export pseudonymises millions of values). One per thread;
/// its native HMAC states live as long as the thread's reader (released by their finalizers).
/// </summary>
public sealed class PseudonymHasher
{
    private readonly IncrementalHash[] _hmacs;

    internal PseudonymHasher(byte[][] keys) =>
        _hmacs = [.. keys.Select(k => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, k))];

    /// <summary>The pseudonym of normalised text.</summary>
    public string Of(PseudonymPurpose purpose, ReadOnlySpan<char> text)
    {
        Span<byte> mac = stackalloc byte[32];
        MacOf(purpose, text, mac);
        return Convert.ToHexString(mac);
    }

    /// <summary>The HMAC of normalised text (32 bytes to <paramref name="mac"/>): its pseudonym is these bytes as upper-case hex.</summary>
    public void MacOf(PseudonymPurpose purpose, ReadOnlySpan<char> text, Span<byte> mac)
    {
        Span<byte> utf8 = text.Length <= 128 ? stackalloc byte[text.Length * 3] : new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        var n = Encoding.UTF8.GetBytes(text, utf8);
        var hmac = _hmacs[(int)purpose];
        hmac.AppendData(utf8[..n]);
        hmac.GetHashAndReset(mac);
    }
}
