using System.Text;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Data;

/// <summary>Where one string value's UTF-8 bytes lie in the <see cref="ParquetUtf8Data.Bytes"/> they share.</summary>
public readonly record struct Utf8Slice(int Start, int Length);

/// <summary>
/// A string column's values as UTF-8 bytes, not .NET strings: each row a <see cref="Utf8Slice"/> of one shared
/// byte array, rows that share a dictionary entry sharing its slice. What the reader gives when asked for
/// <c>utf8Strings</c> and the writer takes for a STRING column as it takes strings (the same file results), so a
/// file can be rewritten (filtered, re-grouped, re-compressed) without a string being made or transcoded per row.
/// Nulls are in the validity mask only.
/// </summary>
public sealed class ParquetUtf8Data : ParquetColumnData
{
    public ParquetUtf8Data(byte[] bytes, ReadOnlyMemory<Utf8Slice> values, ReadOnlyMemory<bool> validity = default)
        : base(validity)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!validity.IsEmpty && validity.Length < values.Length)
        {
            Throw.Argument("The validity mask must cover every value.", nameof(validity));
        }

        Bytes = bytes;
        Values = values;
    }

    /// <summary>
    /// With each row's dictionary entry (as the reader decoded them: rows of one entry share its bytes; -1 for a row
    /// not from the dictionary), so a writer looks each entry up once. Only the reader makes these: a writer trusts them.
    /// </summary>
    internal ParquetUtf8Data(byte[] bytes, ReadOnlyMemory<Utf8Slice> values, ReadOnlyMemory<bool> validity, ReadOnlyMemory<int> entries, int entryCount)
        : this(bytes, values, validity)
    {
        if (entries.Length != values.Length || entryCount < 0)
        {
            Throw.Argument("Every value needs its dictionary entry.", nameof(entries));
        }

        Entries = entries;
        EntryCount = entryCount;
    }

    /// <summary>Per row, the index (below <see cref="EntryCount"/>) of the reader's dictionary entry it came from, or -1; empty when not known.</summary>
    internal ReadOnlyMemory<int> Entries { get; }

    /// <summary>Entries in the dictionary <see cref="Entries"/> point into.</summary>
    internal int EntryCount { get; }

    public override ParquetValueKind Kind => ParquetValueKind.String;

    /// <summary>The bytes the slices point into (never copied: callers do not change them).</summary>
    public byte[] Bytes { get; }

    public ReadOnlyMemory<Utf8Slice> Values { get; }

    public override int Length => Values.Length;

    /// <summary>Row <paramref name="row"/>'s UTF-8 bytes (empty for a null).</summary>
    public ReadOnlySpan<byte> this[int row]
    {
        get
        {
            var slice = Values.Span[row];
            return Bytes.AsSpan(slice.Start, slice.Length);
        }
    }

    public override bool IsNull(int row) => HasValidity && !Validity.Span[row];

    public override object? GetValue(int row) => IsNull(row) ? null : Encoding.UTF8.GetString(this[row]);

    public override ParquetColumnData Slice(int start, int length) =>
        Entries.IsEmpty
            ? new ParquetUtf8Data(Bytes, Values.Slice(start, length), HasValidity ? Validity.Slice(start, length) : default)
            : new ParquetUtf8Data(Bytes, Values.Slice(start, length), HasValidity ? Validity.Slice(start, length) : default, Entries.Slice(start, length), EntryCount);
}
