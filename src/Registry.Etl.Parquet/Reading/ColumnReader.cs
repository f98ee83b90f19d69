using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>
/// Accumulates one column chunk's values while its pages are decoded: non-null values are decoded
/// densely at the end of the output, then spread to their rows by the definition levels.
/// </summary>
internal abstract class ColumnReader
{
    protected ColumnReader(ParquetField field, ParquetErrorLocation location)
    {
        Field = field;
        Location = location;
    }

    public ParquetField Field { get; }

    public ParquetErrorLocation Location { get; }

    public abstract bool HasDictionary { get; }

    /// <summary>Whether values outside <see cref="Wanted"/> are left unconverted (strings: none is made for them).</summary>
    public virtual bool SkipsUnwanted => false;

    /// <summary>
    /// For the next <see cref="ReadValues"/> call, which of its (dense, non-null) values the caller needs; empty:
    /// all. Set by <see cref="ColumnChunkReader"/> from the rows a caller asked for.
    /// </summary>
    public ReadOnlyMemory<bool> Wanted { get; set; }

    public abstract void ReadDictionary(ReadOnlySpan<byte> data, int count);

    /// <summary>Decodes <paramref name="count"/> non-null values into the output starting at row <paramref name="destination"/>.</summary>
    public abstract void ReadValues(ParquetEncoding encoding, ReadOnlySpan<byte> data, int count, int destination);

    /// <summary>Makes room for <paramref name="total"/> rows; called with what the pages have actually declared so far.</summary>
    public abstract void EnsureCapacity(int total);

    /// <summary>Moves the <paramref name="nonNull"/> values decoded at <paramref name="start"/> to their rows; levels are 0 (null) or 1.</summary>
    public abstract void Scatter(int start, int nonNull, ReadOnlySpan<int> levels);

    public abstract ParquetColumnData Build(int rows);
}

/// <summary>The typed output arrays of a <see cref="ColumnReader"/>.</summary>
internal abstract class ColumnReader<T> : ColumnReader
{
    private T[] _values = [];
    private bool[]? _validity;

    protected ColumnReader(ParquetField field, ParquetErrorLocation location)
        : base(field, location)
    {
    }

    protected T[] Values => _values;

    public override void EnsureCapacity(int total)
    {
        if (total <= _values.Length)
        {
            return;
        }

        var size = (int)Math.Min(Array.MaxLength, Math.Max(total, _values.Length * 2L));
        Array.Resize(ref _values, size);
        if (_validity is not null)
        {
            Array.Resize(ref _validity, size);
        }
    }

    public override void Scatter(int start, int nonNull, ReadOnlySpan<int> levels)
    {
        if (nonNull == levels.Length)
        {
            _validity?.AsSpan(start, levels.Length).Fill(true);
            return;
        }

        if (_validity is null)
        {
            _validity = new bool[_values.Length];
            _validity.AsSpan(0, start).Fill(true);
        }

        var from = start + nonNull - 1;
        for (var i = levels.Length - 1; i >= 0; i--)
        {
            var row = start + i;
            if (levels[i] != 0)
            {
                _values[row] = _values[from--];
                _validity[row] = true;
            }
            else
            {
                _values[row] = default!;
                _validity[row] = false;
            }
        }
    }

    public override ParquetColumnData Build(int rows)
    {
        var values = _values;
        var validity = _validity;
        if (values.Length != rows)
        {
            Array.Resize(ref values, rows);
            if (validity is not null)
            {
                Array.Resize(ref validity, rows);
            }
        }

        return Wrap(values, validity);
    }

    protected abstract ParquetColumnData Wrap(T[] values, bool[]? validity);

    protected void NotSupportedEncoding(ParquetEncoding encoding) =>
        Throw.NotSupported($"Encoding {EncodingName(encoding)} is not supported for {Field.PhysicalTypeDisplay} column '{Field.Name}'", Location);

    public static string EncodingName(ParquetEncoding encoding) => ParquetNames.Of(encoding);
}
