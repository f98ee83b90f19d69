namespace Registry.Etl.Parquet.Reading;

/// <summary>
/// How <see cref="ParquetFileReader.ReadStringIds(int, int, IStringNumbering)"/> numbers a string column's values:
/// one at a time (dictionary entries), or a page's PLAIN values at once, which lets a numbering that looks values
/// up in a table larger than the caches start many look-ups before it needs the first.
/// </summary>
public interface IStringNumbering
{
    /// <summary>The id of one value (its UTF-8 bytes).</summary>
    int IdOf(ReadOnlySpan<byte> value);

    /// <summary>
    /// The ids of values <c>i</c> = <paramref name="bytes"/>[<paramref name="offsets"/>[i]..<paramref name="offsets"/>[i + 1]],
    /// exactly those <see cref="IdOf"/> would give them one after another, in order.
    /// </summary>
    void IdsOf(ReadOnlySpan<byte> bytes, ReadOnlySpan<int> offsets, Span<int> ids);
}
