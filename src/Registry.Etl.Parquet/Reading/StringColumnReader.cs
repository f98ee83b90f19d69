using System.Buffers;
using System.Numerics;
using System.Text;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>
/// UTF-8 strings. Values of PLAIN pages that repeat get one instance: a column whose dictionary overflowed
/// (64-character pseudonyms of dates of birth or postcodes, a few per row group) would otherwise allocate a
/// fresh string per row, and reading a national register spent most of its time in the garbage collector.
/// </summary>
internal sealed class StringColumnReader : ByteArrayColumnReader<string?>
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Slots of the recent-values cache (a power of two): direct-mapped by a hash of the bytes.</summary>
    private const int RecentSlots = 1 << 18;

    /// <summary>Longer values (free text) are rarely repeated and not cached.</summary>
    private const int MaxCachedBytes = 128;

    /// <summary>Misses after which a column chunk that hits less than a quarter of the time stops caching.</summary>
    private const int TrialValues = 1 << 16;

    private string?[]? _recent;
    private int _mask;
    private int _hits, _misses;
    private bool _off;

    public StringColumnReader(ParquetField field, ParquetErrorLocation location)
        : base(field, location)
    {
    }

    public override bool SkipsUnwanted => true;

    protected override string? Convert(ReadOnlySpan<byte> value)
    {
        if (_off || value.IsEmpty || value.Length > MaxCachedBytes)
        {
            return Decode(value);
        }

        if (_recent is null)
        {
            // sized to the chunk: a small file's chunk of 50 rows used to rent, and clear on return, 2 MB
            var slots = (int)Math.Min(RecentSlots, BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, 2 * Values.Length)));
            _recent = ArrayPool<string?>.Shared.Rent(slots);
            _mask = slots - 1;
        }

        var hash = new HashCode();
        hash.AddBytes(value);
        ref var slot = ref _recent[hash.ToHashCode() & _mask];

        // only ASCII text is compared in place (Ascii.Equals is false for anything else, which is then decoded)
        if (slot is { } known && Ascii.Equals(value, known))
        {
            _hits++;
            return known;
        }

        var text = Decode(value);
        slot = text;
        if (++_misses == TrialValues && _hits < TrialValues / 4)
        {
            // mostly distinct values (identifiers): hashing them gains nothing
            _off = true;
        }

        return text;
    }

    protected override ParquetColumnData Wrap(string?[] values, bool[]? validity) => ParquetColumnData.String(values, validity);

    protected override void Dispose(bool disposing)
    {
        if (disposing && _recent is not null)
        {
            Array.Clear(_recent, 0, _mask + 1); // only the slots used hold strings
            ArrayPool<string?>.Shared.Return(_recent);
            _recent = null;
        }

        base.Dispose(disposing);
    }

    private string Decode(ReadOnlySpan<byte> value)
    {
        try
        {
            return StrictUtf8.GetString(value);
        }
        catch (DecoderFallbackException e)
        {
            return Throw.Format<string>($"Corrupt page: column '{Field.Name}' holds a string that is not valid UTF-8", Location, e);
        }
    }
}
