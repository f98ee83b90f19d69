using System.Buffers;
using System.Globalization;
using System.Runtime.ExceptionServices;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Format;
using Registry.Etl.Parquet.Metadata;
using Registry.Etl.Parquet.Schema;

namespace Registry.Etl.Parquet.Reading;

/// <summary>
/// Reads flat Parquet files: the footer on open (<see cref="Metadata"/>), then row groups on demand into
/// the same column shape the writer takes. Reads what this project writes and what DuckDB and Arrow write
/// for flat tables (PLAIN, dictionary, DELTA_*, BYTE_STREAM_SPLIT; data pages v1 and v2; SNAPPY, GZIP).
/// A damaged file raises <see cref="ParquetFormatException"/>, an unsupported feature
/// <see cref="ParquetNotSupportedException"/>, both saying where.
/// </summary>
public sealed partial class ParquetFileReader : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly FileMetaData _footer;
    private readonly ParquetErrorLocation _location;
    private readonly long _footerStart;

    /// <param name="stream">A readable, seekable stream holding the whole file.</param>
    /// <param name="leaveOpen">Keep the stream open when the reader is disposed.</param>
    /// <param name="sourceName">A name for error messages, e.g. the file name.</param>
    public ParquetFileReader(Stream stream, bool leaveOpen = false, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead || !stream.CanSeek)
        {
            Throw.Argument("The stream must be readable and seekable.", nameof(stream));
        }

        _stream = stream;
        _leaveOpen = leaveOpen;
        _location = new ParquetErrorLocation(Source: sourceName);
        try
        {
            (_footer, _footerStart, var footerLength) = ReadFooter();
            Metadata = BuildMetadata(footerLength);
        }
        catch
        {
            if (!leaveOpen)
            {
                stream.Dispose();
            }

            throw;
        }
    }

    public ParquetFileMetadata Metadata { get; }

    public ParquetSchema Schema => Metadata.Schema;

    public int RowGroupCount => Metadata.RowGroups.Count;

    public static ParquetFileReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.RandomAccess);
        return new ParquetFileReader(stream, leaveOpen: false, sourceName: Path.GetFileName(path));
    }

    /// <summary>All columns of one row group.</summary>
    public ParquetBatch ReadRowGroup(int index) => ReadRowGroup(index, 1, utf8Strings: false);

    /// <summary>
    /// All columns of one row group, decoded on up to <paramref name="maxDegreeOfParallelism"/> threads at once: the
    /// columns of a row group are independent, so the batch is the same as <see cref="ReadRowGroup(int)"/>'s (a reader
    /// that decodes while one core is otherwise idle, as the second pass of ingest does, gets through a row group in
    /// about half the time). The chunks' bytes are still read one at a time. A failure is the first failing column's.
    /// With <paramref name="utf8Strings"/>, string columns come as <see cref="ParquetUtf8Data"/> (UTF-8 slices, no
    /// string per row): for a caller that writes them to another file (the writer takes them as it takes strings).
    /// </summary>
    public ParquetBatch ReadRowGroup(int index, int maxDegreeOfParallelism, bool utf8Strings = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        var rows = RowGroupRows(index);
        var columns = new ParquetColumnData[Schema.Count];
        if (maxDegreeOfParallelism == 1 || Schema.Count < 2)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                columns[c] = ReadColumnOf(index, c, rows, utf8Strings);
            }

            return new ParquetBatch(Schema, rows, columns);
        }

        var failures = new ExceptionDispatchInfo?[columns.Length];
        Parallel.For(0, columns.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, TaskScheduler = TaskScheduler.Default }, c =>
        {
            try
            {
                columns[c] = ReadColumnOf(index, c, rows, utf8Strings);
            }
            catch (Exception e) when (e is ParquetException or IOException)
            {
                failures[c] = ExceptionDispatchInfo.Capture(e);
            }
        });
        Array.Find(failures, f => f is not null)?.Throw();
        return new ParquetBatch(Schema, rows, columns);
    }

    /// <summary>One column of one row group.</summary>
    public ParquetColumnData ReadColumn(int rowGroup, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Schema.Count);
        return ReadColumn(rowGroup, column, RowGroupRows(rowGroup));
    }

    /// <summary>
    /// One column of one row group, converting only the values of the rows in <paramref name="wanted"/> (one
    /// flag per row of the group; null: all): a string column makes no string for the other rows, which read as
    /// null. For a filtered read that drops most rows after looking at a few columns.
    /// </summary>
    public ParquetColumnData ReadColumn(int rowGroup, int column, bool[]? wanted)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Schema.Count);
        var rows = RowGroupRows(rowGroup);
        if (wanted is not null && wanted.Length != rows)
        {
            throw new ArgumentException($"One flag per row of the row group ({rows}) is needed, not {wanted.Length}.", nameof(wanted));
        }

        return ReadColumn(rowGroup, column, rows, wanted);
    }

    /// <summary>
    /// A string column of one row group as ids: <paramref name="idOf"/> is given each value's UTF-8 bytes (once
    /// per dictionary entry, or once per row of a PLAIN page) and no string is made; a null value reads as -1.
    /// </summary>
    public int[] ReadStringIds(int rowGroup, int column, Func<ReadOnlySpan<byte>, int> idOf)
    {
        ArgumentNullException.ThrowIfNull(idOf);
        return ReadStringIds(rowGroup, column, new OneByOne(idOf));
    }

    /// <summary>
    /// A string column of one row group as ids, numbered by <paramref name="numbering"/>: dictionary entries one by
    /// one, a PLAIN page's values at once; a null value reads as -1.
    /// </summary>
    public int[] ReadStringIds(int rowGroup, int column, IStringNumbering numbering)
    {
        ArgumentNullException.ThrowIfNull(numbering);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Schema.Count);
        var field = Schema[column];
        if (field.ValueKind != ParquetValueKind.String)
        {
            throw new ArgumentException($"Column '{field.Name}' is not a string column.", nameof(column));
        }

        var rows = RowGroupRows(rowGroup);
        var mapped = new MappedStringColumnReader(field, _location.WithColumn(rowGroup, field.Name), numbering);
        var data = (ParquetColumnData<int>)ReadColumn(rowGroup, column, rows, null, mapped);
        var ids = data.Values.ToArray();
        if (data.HasValidity)
        {
            var validity = data.Validity.Span;
            for (var row = 0; row < ids.Length; row++)
            {
                if (!validity[row])
                {
                    ids[row] = -1;
                }
            }
        }

        return ids;
    }

    /// <summary>The row groups one after another.</summary>
    public IEnumerable<ParquetBatch> ReadRowGroups()
    {
        for (var i = 0; i < RowGroupCount; i++)
        {
            yield return ReadRowGroup(i);
        }
    }

    /// <summary>The whole file as one batch (it must hold fewer than 2^31 rows).</summary>
    public ParquetBatch ReadAll()
    {
        if (Metadata.RowCount > Array.MaxLength)
        {
            Throw.NotSupported(string.Create(CultureInfo.InvariantCulture, $"The file has {Metadata.RowCount} rows; read it row group by row group"), _location);
        }

        var groups = new List<ParquetBatch>(RowGroupCount);
        foreach (var batch in ReadRowGroups())
        {
            groups.Add(batch);
        }

        return BatchConcatenation.Concatenate(Schema, groups);
    }

    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private int RowGroupRows(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, RowGroupCount);
        var rows = _footer.RowGroups[index].NumRows;
        if (rows > Array.MaxLength)
        {
            Throw.NotSupported(string.Create(CultureInfo.InvariantCulture, $"Row group {index} has {rows} rows, more than one array can hold"), _location with { RowGroup = index });
        }

        return (int)rows;
    }

    private ParquetColumnData ReadColumnOf(int rowGroup, int column, int rows, bool utf8Strings) =>
        utf8Strings && Schema[column].ValueKind == ParquetValueKind.String
            ? ReadColumn(rowGroup, column, rows, null, new Utf8ColumnReader(Schema[column], _location.WithColumn(rowGroup, Schema[column].Name)))
            : ReadColumn(rowGroup, column, rows);

    private ParquetColumnData ReadColumn(int rowGroup, int column, int rows, bool[]? wanted = null, ColumnReader? reader = null)
    {
        var field = Schema[column];
        var info = Metadata.RowGroups[rowGroup].Columns[column];
        var meta = _footer.RowGroups[rowGroup].Columns[column].MetaData!;
        var location = _location.WithColumn(rowGroup, field.Name);
        var start = info.StartOffset;
        var length = (int)info.CompressedSize;

        // a pooled buffer: the values are copied out of the chunk (decoded, converted) before it is returned,
        // and reading a national register column by column would otherwise allocate the file again
        var chunk = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            // one stream, so one read at a time when columns are decoded in parallel (ReadRowGroup(int, int))
            lock (_stream)
            {
                ReadBytes(start, chunk.AsSpan(0, length), location);
            }

            return ColumnChunkReader.Read(field, meta, chunk.AsMemory(0, length), start, rows, location, wanted, reader);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private void ReadBytes(long offset, Span<byte> buffer, ParquetErrorLocation location)
    {
        _stream.Seek(offset, SeekOrigin.Begin);
        try
        {
            _stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException e)
        {
            Throw.Format(string.Create(CultureInfo.InvariantCulture, $"The file ends inside a column chunk ({buffer.Length} bytes expected)"), location.WithOffset(offset), e);
        }
    }

    /// <summary>A numbering by a function of one value: a page's values are given to it one after another.</summary>
    private sealed class OneByOne(Func<ReadOnlySpan<byte>, int> idOf) : IStringNumbering
    {
        public int IdOf(ReadOnlySpan<byte> value) => idOf(value);

        public void IdsOf(ReadOnlySpan<byte> bytes, ReadOnlySpan<int> offsets, Span<int> ids)
        {
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = idOf(bytes[offsets[i]..offsets[i + 1]]);
            }
        }
    }
}
