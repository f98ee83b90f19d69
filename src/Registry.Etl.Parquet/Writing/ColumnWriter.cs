using System.Buffers;
using Registry.Etl.Parquet.Data;
using Registry.Etl.Parquet.Encodings;
using Registry.Etl.Parquet.Schema;
using Registry.Etl.Parquet.Thrift;

namespace Registry.Etl.Parquet.Writing;

/// <summary>
/// Encodes one column of the current row group into pages as batches arrive: definition levels,
/// dictionary indices or PLAIN values, page compression, and the switch from dictionary to PLAIN.
/// Every decision (page ends, dictionary fallback) is taken at row positions that depend only on the
/// data and the options, never on how the caller cut its batches, so the same rows give the same bytes.
/// </summary>
internal abstract partial class ColumnWriter : IDisposable
{
    /// <summary>Rows processed between page-size and dictionary checks, counted from the row group's start.</summary>
    private const int SegmentRows = 1024;

    /// <summary>Cap on rows per page, so an all-null or tiny-valued column still ends pages, and page buffers stay small.</summary>
    private const int MaxPageRows = 1 << 16;

    /// <summary>
    /// Room before a PLAIN page's values for its definition levels: the RLE/bit-packed hybrid needs at most
    /// a quarter byte a row (a one-byte header and a packed byte per 8 rows, or 2 bytes per run of 8+).
    /// </summary>
    private const int LevelHeadroom = ((MaxPageRows + SegmentRows) / 4) + 64;

    private const int FirstDictionaryProbe = 8192;

    /// <summary>From this many values on, a dictionary must be smaller than PLAIN to be kept.</summary>
    private const int SettledProbe = 65536;

    private readonly CompactWriter _headerWriter = new();
    private readonly ByteBuffer _pageBody = new(16 * 1024);
    private readonly ByteBuffer _levelRuns = new(4 * 1024);
    private readonly List<EncodedPage> _pages = [];
    private EncodedPage? _dictionaryPage;
    private byte[] _levels = ArrayPool<byte>.Shared.Rent(SegmentRows * 4);
    private int[] _indices = ArrayPool<int>.Shared.Rent(SegmentRows * 4);
    private long _nextProbe = FirstDictionaryProbe;
    private bool _usedPlain;
    private bool _usedDictionary;

    protected ColumnWriter(ParquetField field, ParquetWriterOptions options, bool dictionaryCapable)
    {
        Field = field;
        Options = options;
        IsOptional = field.Repetition == ParquetRepetition.Optional;
        DictionaryCapable = dictionaryCapable && options.EnableDictionary;
        DictionaryMode = DictionaryCapable;
        PlainValues = new ByteBuffer(Math.Min(options.PageSizeBytes, 64 * 1024), LevelHeadroom, pooled: false);
    }

    public ParquetField Field { get; }

    /// <summary>Rows appended to the current row group.</summary>
    public long RowsInChunk { get; private set; }

    /// <summary>Encoded, uncompressed bytes of the row group so far: finished pages, the open page and the dictionary.</summary>
    public long EstimatedBytes => ClosedPagesBytes + OpenPageEstimate + (DictionaryMode || _usedDictionary ? DictionaryPlainBytes : 0);

    protected ParquetWriterOptions Options { get; }

    protected bool IsOptional { get; }

    protected bool DictionaryCapable { get; }

    /// <summary>True while values go to the dictionary; false once the chunk has fallen back to PLAIN.</summary>
    protected bool DictionaryMode { get; private set; }

    /// <summary>PLAIN-encoded values of the open page (PLAIN mode).</summary>
    protected ByteBuffer PlainValues { get; }

    protected long NullCount { get; private set; }

    protected long NonNullCount { get; private set; }

    /// <summary>What the chunk's non-null values would take PLAIN-encoded, for the dictionary-versus-plain check.</summary>
    protected long PlainEstimateBytes { get; set; }

    private long ClosedPagesBytes { get; set; }

    private int PageRows { get; set; }

    private int IndexCount { get; set; }

    private long OpenPageEstimate => (DictionaryMode ? (long)IndexCount * BitWidth(DictionaryCount) / 8 : PlainValues.Length) + (PageRows / 8);

    protected abstract int DictionaryCount { get; }

    protected abstract long DictionaryPlainBytes { get; }

    /// <summary>Appends rows [start, start + count) of <paramref name="data"/>.</summary>
    public abstract void Append(ParquetColumnData data, int start, int count);

    /// <summary>The dictionary page's PLAIN bytes: the entries in insertion order, encoded into <paramref name="scratch"/> if need be.</summary>
    protected abstract ReadOnlySpan<byte> DictionaryPage(ByteBuffer scratch);

    protected abstract void ClearDictionaryAndStatistics();

    /// <summary>Rows to take next so segments end at multiples of <see cref="SegmentRows"/> from the row group's start.</summary>
    protected int NextSegmentLength(int remaining)
    {
        var untilBoundary = SegmentRows - (int)(RowsInChunk % SegmentRows);
        var n = Math.Min(remaining, untilBoundary);
        EnsurePageCapacity(n);
        return n;
    }

    /// <summary>Called after each segment: ends the page when full, and drops the dictionary when it does not pay.</summary>
    protected void EndSegment(int rows)
    {
        RowsInChunk += rows;
        if (RowsInChunk % SegmentRows != 0)
        {
            return; // a batch ended mid-segment: decide only at segment ends, so batch sizes never matter
        }

        if (DictionaryMode && NonNullCount >= _nextProbe)
        {
            _nextProbe *= 2;
            if (!DictionaryPays())
            {
                FallBackToPlain();
                return;
            }
        }

        if (OpenPageEstimate >= Options.PageSizeBytes || PageRows >= MaxPageRows)
        {
            ClosePage();
        }
    }

    /// <summary>
    /// Whether to keep the dictionary: not when nearly every value so far was new (an identifier, a
    /// measurement), and, once enough values show how the column repeats, not when dictionary plus
    /// indices would outgrow the PLAIN values.
    /// </summary>
    private bool DictionaryPays()
    {
        if (DictionaryCount > NonNullCount * 0.95)
        {
            return false;
        }

        var dictionaryEncoded = DictionaryPlainBytes + (NonNullCount * BitWidth(DictionaryCount) / 8);
        return NonNullCount < SettledProbe || dictionaryEncoded < PlainEstimateBytes;
    }

    protected void AddNull()
    {
        _levels[PageRows++] = 0;
        NullCount++;
    }

    /// <summary>A non-null row whose value was appended to <see cref="PlainValues"/>.</summary>
    protected void AddPlainRow()
    {
        if (IsOptional)
        {
            _levels[PageRows] = 1;
        }

        PageRows++;
        NonNullCount++;
    }

    /// <summary>Non-null rows whose values were appended to <see cref="PlainValues"/> in bulk.</summary>
    protected void AddPlainRows(int count)
    {
        if (IsOptional)
        {
            _levels.AsSpan(PageRows, count).Fill(1);
        }

        PageRows += count;
        NonNullCount += count;
    }

    protected void AddIndex(int index)
    {
        if (IsOptional)
        {
            _levels[PageRows] = 1;
        }

        PageRows++;
        NonNullCount++;
        _indices[IndexCount++] = index;
    }

    /// <summary>Ends dictionary encoding for the rest of the chunk: the open page keeps its indices.</summary>
    protected void FallBackToPlain()
    {
        ClosePage();
        DictionaryMode = false;
    }

    private void EnsurePageCapacity(int rows)
    {
        if (PageRows + rows > _levels.Length)
        {
            Grow(ref _levels, PageRows + rows);
        }

        if (IndexCount + rows > _indices.Length)
        {
            Grow(ref _indices, IndexCount + rows);
        }
    }

    private static void Grow<T>(ref T[] array, int needed)
    {
        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(needed, array.Length * 2));
        array.AsSpan().CopyTo(bigger);
        ArrayPool<T>.Shared.Return(array);
        array = bigger;
    }

    protected static int BitWidth(int dictionaryCount) =>
        dictionaryCount <= 1 ? 1 : 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)(dictionaryCount - 1));

    public void Dispose()
    {
        _pageBody.Dispose();
        _levelRuns.Dispose();
        PlainValues.Dispose();
        ArrayPool<byte>.Shared.Return(_levels);
        ArrayPool<int>.Shared.Return(_indices);
        _levels = [];
        _indices = [];
        GC.SuppressFinalize(this);
    }
}
